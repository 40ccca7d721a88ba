// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LearnerRow } from '../../src/lib/organiser-group';
import { $organiserSettings, SETTINGS_KEY } from '../../src/stores/organiser-settings';
import DocumentsPanel from '../../src/widgets/documents/DocumentsPanel';
import { parsePublicKeys } from '../../src/data/public-keys';
import { generateOrganiserKey, privateKeyFile, publicKeyEntry, verifyDocumentCode } from '../../src/lib/document-signature';
import type { PublicKeyEntry } from '../../src/schemas/public-keys';

const statements = [{ id: 'cadre', statement: 'expliquer le cadre de la facturation électronique au secteur public et le vocabulaire de Chorus Pro' }];

function row(name: string, key: string, verdict: 'valide' | 'non-valide'): LearnerRow {
	return {
		key,
		name,
		fileName: `${key}.json`,
		exportedAt: '2026-12-03T17:00:00.000Z',
		objectives: [{ id: 'cadre', label: 'Cadre et vocabulaire', avant: null, apres: { right: verdict === 'valide' ? 3 : 1, total: 3, ratio: 1 }, verdict, practice: { status: 'acquis', score: 1 } }],
		lessons: [],
		lessonsVisited: 0,
		lessonsCompleted: 0,
		minutesSpent: 0,
		estimatedMinutes: 0,
		runs: [{ id: 'finale-1', kind: 'finale', number: 1, role: 'apres', startedAt: '2026-12-03T15:00:00.000Z', completedAt: '2026-12-03T15:30:00.000Z', right: 3, total: 3, passed: true }],
		finalPassed: true,
	};
}

const rows = [row('Marie Dupont', 'graine:a', 'valide'), row('Karim Benali', 'graine:b', 'non-valide')];

beforeEach(() => {
	localStorage.clear();
	$organiserSettings.set(null);
	window.print = vi.fn();
});
afterEach(cleanup);

function fill(label: RegExp, value: string) {
	fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('the documents of the organiser space', () => {
	test('asked for with incomplete settings, lists what to complete and prints nothing', async () => {
		render(<DocumentsPanel rows={rows} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[]} />);
		// The saved settings are read once the panel has started.
		await screen.findByRole('button', { name: 'Imprimer ou enregistrer en PDF' });

		fireEvent.click(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));

		expect(window.print).not.toHaveBeenCalled();
		expect(screen.getByRole('alert').textContent).toContain('Indiquez la raison sociale de l’organisme de formation.');
		expect(document.querySelectorAll('.document-sheet')).toHaveLength(0);
	});

	test('with complete settings, an attestation and a certificat per learner, from their results, then printed', async () => {
		render(<DocumentsPanel rows={rows} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[]} />);
		// The saved settings are read once the panel has started.
		await screen.findByRole('button', { name: 'Imprimer ou enregistrer en PDF' });
		fill(/^Raison sociale/, 'Formations Exemple');
		fill(/^Représentant légal/, 'Claire Martin');
		fill(/^Date de début/, '2026-12-03');
		fill(/^Date de fin/, '2026-12-03');
		fill(/^Lieu/, 'Lyon');

		// Complete settings: the documents are previewed at once, then printed.
		await waitFor(() => expect(document.querySelectorAll('.document-sheet')).toHaveLength(4));
		fireEvent.click(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));

		const sheets = [...document.querySelectorAll('.document-sheet')];
		expect(sheets.map((s) => s.getAttribute('aria-label'))).toEqual([
			'Attestation de fin de formation\u00a0: Marie Dupont',
			'Certificat de réalisation\u00a0: Marie Dupont',
			'Attestation de fin de formation\u00a0: Karim Benali',
			'Certificat de réalisation\u00a0: Karim Benali',
		]);
		expect(sheets[0]?.textContent).toContain('validé (3 sur 3)');
		expect(sheets[2]?.textContent).toContain('non validé (1 sur 3)');
		expect(sheets[1]?.textContent).toContain('Je soussigné(e) Claire Martin');
		expect(window.print).toHaveBeenCalledTimes(1);
		expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}').settings.session.place).toBe('Lyon');
	});

	test('one learner, certificat only', async () => {
		localStorage.setItem(
			SETTINGS_KEY,
			JSON.stringify({ version: 1, settings: { organiser: { name: 'Formations Exemple', representative: 'Claire Martin' }, session: { title: 'Chorus Pro', from: '2026-12-03', to: '2026-12-03', modality: 'presentiel', place: 'Lyon', durationHours: 7 } } })
		);
		render(<DocumentsPanel rows={rows} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[]} />);
		// The saved settings are read once the panel has started.
		await screen.findByRole('button', { name: 'Imprimer ou enregistrer en PDF' });

		fireEvent.change(screen.getByLabelText('Pour'), { target: { value: 'graine:b' } });
		fireEvent.change(screen.getByLabelText('Documents'), { target: { value: 'certificat' } });

		await waitFor(() => expect(document.querySelectorAll('.document-sheet')).toHaveLength(1));
		expect([...document.querySelectorAll('.document-sheet')].map((s) => s.getAttribute('aria-label'))).toEqual(['Certificat de réalisation\u00a0: Karim Benali']);
	});

	test('the employer the learner gave in « Mon parcours » is on both documents', async () => {
		localStorage.setItem(
			SETTINGS_KEY,
			JSON.stringify({ version: 1, settings: { organiser: { name: 'Formations Exemple', representative: 'Claire Martin' }, session: { title: 'Chorus Pro', from: '2026-12-03', to: '2026-12-03', modality: 'presentiel', place: 'Lyon', durationHours: 7 } } })
		);
		render(<DocumentsPanel rows={[{ ...rows[0]!, employer: 'Bâtisud SAS' }]} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[]} />);
		await waitFor(() => expect(document.querySelectorAll('.document-sheet')).toHaveLength(2));
		const [attestation, certificat] = [...document.querySelectorAll('.document-sheet')];
		expect(attestation?.textContent).toContain('Marie Dupont, salarié(e) de Bâtisud SAS,');
		expect(certificat?.textContent).toContain('salarié(e) de l’entreprise Bâtisud SAS');
	});

	describe('signature', () => {
		const saved = () =>
			localStorage.setItem(
				SETTINGS_KEY,
				JSON.stringify({ version: 1, settings: { organiser: { name: 'Formations Exemple', representative: 'Claire Martin' }, session: { title: 'Chorus Pro', from: '2026-12-03', to: '2026-12-03', modality: 'presentiel', place: 'Lyon', durationHours: 7 } } })
			);
		const choose = (text: string, name = 'cle-privee-formations-exemple.json') =>
			fireEvent.change(screen.getByLabelText(/^Charger la clé privée/), { target: { files: [new File([text], name, { type: 'application/json' })] } });
		const codes = () => [...document.querySelectorAll('.signature-block')].map((b) => b.getAttribute('data-code') ?? '');

		test('a published key loaded from its file signs every document shown: each code verifies and shows that document, with a QR code', async () => {
			saved();
			const key = await generateOrganiserKey();
			const entry: PublicKeyEntry = await publicKeyEntry(key.publicJwk, 'Formations Exemple', '2026-12-01');
			render(<DocumentsPanel rows={rows} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[entry]} />);
			await waitFor(() => expect(document.querySelectorAll('.document-sheet')).toHaveLength(4));
			expect(codes()).toEqual([]);

			choose(privateKeyFile(key.privateJwk, 'Formations Exemple'));

			await waitFor(() => expect(codes()).toHaveLength(4), { timeout: 5000 });
			expect(screen.getByText(/Clé chargée pour cette page/).closest('.signing-status')?.textContent).toContain('publiée dans ce site pour «\u00a0Formations Exemple\u00a0» le 1er\u00a0décembre\u00a02026');
			const verdicts = await Promise.all(codes().map((c) => verifyDocumentCode(c, [entry])));
			expect(verdicts.map((v) => v.status)).toEqual(['valide', 'valide', 'valide', 'valide']);
			expect(verdicts.map((v) => (v.status === 'valide' ? `${v.doc.kind} ${v.doc.learner.name}` : ''))).toEqual([
				'attestation Marie Dupont',
				'certificat Marie Dupont',
				'attestation Karim Benali',
				'certificat Karim Benali',
			]);
			for (const block of document.querySelectorAll('.signature-block')) {
				expect(block.querySelector('.signature-qr svg')).not.toBeNull();
				expect(block.textContent).toContain('/verifier/');
			}

			// Removing the key removes the signatures: nothing signed is left on the page.
			fireEvent.click(screen.getByRole('button', { name: 'Retirer la clé de cette page' }));
			await waitFor(() => expect(codes()).toEqual([]));
		});

		test('a key not in the site still signs, and says that verification will answer « clé inconnue » until it is added', async () => {
			saved();
			const key = await generateOrganiserKey();
			render(<DocumentsPanel rows={rows.slice(0, 1)} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[]} />);
			await waitFor(() => expect(document.querySelectorAll('.document-sheet')).toHaveLength(2));
			choose(privateKeyFile(key.privateJwk, 'Formations Exemple'));
			await waitFor(() => expect(codes()).toHaveLength(2), { timeout: 5000 });
			expect(document.querySelector('.signing-status')?.textContent).toContain('n’est pas encore dans ce site');
			expect((await verifyDocumentCode(codes()[0]!, [])).status).toBe('cle-inconnue');
		});

		test('a file that is not a private key is refused with its name and a French reason; nothing is signed', async () => {
			saved();
			render(<DocumentsPanel rows={rows} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[]} />);
			await waitFor(() => expect(document.querySelectorAll('.document-sheet')).toHaveLength(4));
			choose('{"format":"chorus-pro-micro-cours/progression"}', 'progression-marie.json');
			await waitFor(() => expect(document.getElementById('cle-privee-erreur')?.textContent).toBe('progression-marie.json\u00a0: Ce fichier n’est pas un fichier de clé privée créé par l’espace organisme.'));
			expect(codes()).toEqual([]);
		});

		test('« Créer la clé » saves the private key file and shows a public entry the build accepts; the new key signs at once', async () => {
			saved();
			const files: Blob[] = [];
			URL.createObjectURL = vi.fn((blob: Blob) => (files.push(blob), 'blob:cle'));
			URL.revokeObjectURL = vi.fn();
			render(<DocumentsPanel rows={rows.slice(0, 1)} statements={statements} courseTitle="Chorus Pro" today="2026-12-04" knownKeys={[]} />);
			await waitFor(() => expect(document.querySelectorAll('.document-sheet')).toHaveLength(2));

			fireEvent.click(screen.getByRole('button', { name: 'Créer la clé et enregistrer la clé privée' }));

			const entryText = await waitFor(() => (screen.getByLabelText('Entrée de clé publique (JSON)') as HTMLTextAreaElement).value);
			const [entry] = parsePublicKeys(`[${entryText}]`, 'content/cles-publiques.json');
			expect(entry).toMatchObject({ organiser: 'Formations Exemple', addedOn: '2026-12-04' });
			expect(files).toHaveLength(1);
			expect(JSON.parse(await files[0]!.text())).toMatchObject({ type: 'cle-privee-organisme-chorus-pro', organisme: 'Formations Exemple' });
			await waitFor(() => expect(codes()).toHaveLength(2), { timeout: 5000 });
			expect((await verifyDocumentCode(codes()[0]!, [entry!])).status).toBe('valide');
		});
	});
});
