import { afterEach, describe, expect, it, vi } from 'vitest';

// The export's code loads on the first click (issue 18): what the learner reads when it comes,
// and when it cannot (offline without the course's offline copy).
describe('exportProgressMessage', () => {
	afterEach(() => {
		vi.doUnmock('../../src/widgets/progress/download');
		vi.resetModules();
	});

	it('names the file it saved once the export code has loaded', async () => {
		const downloadProgress = vi.fn(async () => 'progression-ana-martin-2026-12-05.json');
		vi.doMock('../../src/widgets/progress/download', () => ({ downloadProgress }));
		const { exportProgressMessage } = await import('../../src/widgets/progress/export-progress');

		expect(await exportProgressMessage()).toEqual({ ok: true, text: 'Fichier «\u00a0progression-ana-martin-2026-12-05.json\u00a0» enregistré dans vos téléchargements.' });
		expect(downloadProgress).toHaveBeenCalledTimes(1);
	});

	it('says in French that the connection is down, and that the progress is intact, when the code cannot load', async () => {
		vi.doMock('../../src/widgets/progress/download', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		const { exportProgressMessage, EXPORT_UNAVAILABLE } = await import('../../src/widgets/progress/export-progress');

		const result = await exportProgressMessage();
		expect(result).toEqual({ ok: false, text: EXPORT_UNAVAILABLE });
		expect(result.text).toMatch(/connexion semble coupée.*progression est intacte/);
	});
});
