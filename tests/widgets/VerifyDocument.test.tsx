// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { decodeDocumentCode, encodeDocumentCode, type SignedDocument } from '../../src/lib/compact-code';
import { generateOrganiserKey, publicKeyEntry, signDocument } from '../../src/lib/document-signature';
import type { PublicKeyEntry } from '../../src/schemas/public-keys';
import VerifyDocument from '../../src/widgets/verify/VerifyDocument';
import { hydrateAfter, setSilently } from '../support/early-input';

const doc: SignedDocument = {
	kind: 'attestation',
	issuedAt: '2026-12-04',
	organiser: { name: 'Formations Exemple', representative: 'Claire Martin' },
	learner: { name: 'Marie Dupont', employer: 'Bâtiments du Rhône' },
	action: { title: 'Déposer et suivre ses factures sur le portail Chorus Pro', nature: 'Action de formation', dates: { from: '2026-12-01', to: '2026-12-02' }, durationHours: 7, modality: 'presentiel', place: 'Lyon' },
	objectives: [
		{ id: 'cadre', statement: 'expliquer le cadre de la facturation électronique au secteur public', result: 'valide', detail: '3 sur 3 à l’évaluation finale' },
		{ id: 'depot', statement: 'déposer une facture sur Chorus Pro', result: 'non-valide' },
	],
	evaluation: { date: '2026-12-02', right: 5, total: 6 },
};

let keys: PublicKeyEntry[];
let code: string;
let foreignCode: string;

beforeAll(async () => {
	// Keys made at test time: no private key lives in the repository.
	const known = await generateOrganiserKey();
	const foreign = await generateOrganiserKey();
	keys = [await publicKeyEntry(known.publicJwk, 'Formations Exemple', '2026-12-01')];
	const signed = await signDocument(doc, known.privateJwk);
	code = await encodeDocumentCode(doc, signed.signature, signed.keyId);
	const other = await signDocument(doc, foreign.privateJwk);
	foreignCode = await encodeDocumentCode(doc, other.signature, other.keyId);
});

afterEach(() => {
	cleanup();
	history.replaceState(null, '', '/verifier/');
});

function verify(text: string) {
	fireEvent.input(screen.getByLabelText('Code du document'), { target: { value: text } });
	fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
}

async function decodedParts(text: string) {
	const decoded = await decodeDocumentCode(text);
	if ('error' in decoded) throw new Error(decoded.error);
	return { d: decoded.doc, s: decoded.signature, k: decoded.keyId };
}

const status = () => screen.getByRole('status').textContent ?? '';

/** One character of the code's body changed for another base64url one. */
function tampered(text: string): string {
	const i = text.length - 30;
	return text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
}

describe('the « Vérifier une attestation » page', () => {
	test('a valid code names the organiser of the key and shows the whole document', async () => {
		render(<VerifyDocument keys={keys} />);

		verify(code);

		const heading = await screen.findByRole('heading', { name: 'Signature valide' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		expect(status()).toContain('Signature valide');
		const box = heading.closest('.verify-box');
		expect(box?.textContent).toContain('Formations Exemple');
		expect(box?.textContent).toContain(keys[0]!.keyId);
		expect(box?.textContent).toContain('enregistrée sur ce site le 1er\u00a0décembre\u00a02026');
		const sheet = screen.getByRole('article', { name: 'Attestation de fin de formation\u00a0: Marie Dupont' });
		expect(sheet.textContent).toContain('déposer une facture sur Chorus Pro');
		expect(sheet.textContent).toContain('3 sur 3 à l’évaluation finale');
		expect(sheet.textContent).toContain('7\u00a0heures');
		expect(sheet.textContent).toContain(`Signé électroniquement par Formations Exemple — clé ${keys[0]!.keyId}`);
	});

	test('a code pasted with line breaks, or as the whole link, is still valid', async () => {
		render(<VerifyDocument keys={keys} />);

		verify(`https://exemple.fr/verifier/#${code.slice(0, 40)}\n${code.slice(40)}`);

		expect(await screen.findByRole('heading', { name: 'Signature valide' })).toBeTruthy();
	});

	test('one character of the code changed: never valid, and the content is not shown', async () => {
		render(<VerifyDocument keys={keys} />);

		verify(tampered(code));

		const heading = await screen.findByRole('heading', { name: /Document modifié ou signature fausse\u00a0: ne vous fiez pas à ce document|Code illisible/ });
		expect(heading.textContent).not.toContain('Signature valide');
		expect(document.querySelector('.document-sheet')).toBeNull();
		expect(screen.queryByText(/Marie Dupont/)).toBeNull();
	});

	test('one character of the document changed under its signature gives « Document modifié »', async () => {
		render(<VerifyDocument keys={keys} />);
		// The original signature and key, over a learner's name changed by one letter.
		const { d, s, k } = await decodedParts(code);
		const altered = await encodeDocumentCode({ ...d, learner: { ...d.learner, name: 'Marie Dupond' } }, s, k);

		verify(altered);

		expect(await screen.findByRole('heading', { name: 'Document modifié ou signature fausse\u00a0: ne vous fiez pas à ce document' })).toBeTruthy();
		expect(status()).toContain('ne vous fiez pas à ce document');
		expect(document.querySelector('.document-sheet')).toBeNull();
		expect(screen.queryByText(/Marie Dupon/)).toBeNull();
	});

	test('a code signed with another key: unknown key, with its id, content not shown as valid', async () => {
		render(<VerifyDocument keys={keys} />);

		verify(foreignCode);

		const heading = await screen.findByRole('heading', { name: 'Signature d’une clé inconnue de ce site' });
		const box = heading.closest('.verify-box');
		expect(box?.textContent).toMatch(/clé [0-9a-f]{16}, qui n’est pas parmi les clés/);
		expect(box?.textContent).toContain('ce nom n’est pas vérifié');
		expect(document.querySelector('.document-sheet')).toBeNull();
		expect(screen.queryByText('Signature valide')).toBeNull();
	});

	test('garbage gives the French message of the verdict', async () => {
		render(<VerifyDocument keys={keys} />);

		verify('bonjour');

		const heading = await screen.findByRole('heading', { name: 'Code illisible' });
		expect(heading.closest('.verify-box')?.textContent).toMatch(/Ce code ne commence pas par «\s?CP1\.\s?»/);
		expect(status()).toContain('Code illisible');
	});

	test('an empty code: error summary linking to the field, focus on the summary', async () => {
		render(<VerifyDocument keys={keys} />);

		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));

		const summary = await screen.findByRole('heading', { name: 'Il y a 1 erreur' });
		await waitFor(() => expect(document.activeElement).toBe(summary.closest('.error-summary')));
		const link = screen.getByRole('link', { name: /Collez le code du document/ });
		expect(link.getAttribute('href')).toBe('#verifier-code');
		const field = screen.getByLabelText('Code du document');
		expect(field.getAttribute('aria-invalid')).toBe('true');
		fireEvent.click(link);
		expect(document.activeElement).toBe(field);
	});

	test('a code in the link’s hash is put in the field and checked on load, and again when the hash changes', async () => {
		history.replaceState(null, '', `/verifier/#${code}`);
		render(<VerifyDocument keys={keys} />);

		expect(await screen.findByRole('heading', { name: 'Signature valide' })).toBeTruthy();
		expect((screen.getByLabelText('Code du document') as HTMLTextAreaElement).value).toBe(code);
		// Not asked for by a click: the result does not take focus.
		expect(document.activeElement?.tagName).not.toBe('H2');

		history.replaceState(null, '', `/verifier/#${foreignCode}`);
		window.dispatchEvent(new HashChangeEvent('hashchange'));
		expect(await screen.findByRole('heading', { name: 'Signature d’une clé inconnue de ce site' })).toBeTruthy();
	});

	test('another hash (the skip link’s #contenu) checks nothing', async () => {
		history.replaceState(null, '', '/verifier/#contenu');
		render(<VerifyDocument keys={keys} />);
		await new Promise((r) => setTimeout(r, 20));

		expect(screen.queryByRole('heading', { level: 2, name: /Signature|Code illisible|Document modifié/ })).toBeNull();
		expect((screen.getByLabelText('Code du document') as HTMLTextAreaElement).value).toBe('');
	});

	test('typing a new code removes the verdict of the previous one', async () => {
		render(<VerifyDocument keys={keys} />);
		verify(code);
		await screen.findByRole('heading', { name: 'Signature valide' });

		fireEvent.input(screen.getByLabelText('Code du document'), { target: { value: 'CP1.autre' } });

		expect(screen.queryByRole('heading', { name: 'Signature valide' })).toBeNull();
	});

	test('a code pasted before the island started is kept and checked', async () => {
		await hydrateAfter(<VerifyDocument keys={keys} />, (html) => {
			setSilently(html.querySelector('#verifier-code') as HTMLElement, code);
		});

		expect((screen.getByLabelText('Code du document') as HTMLTextAreaElement).value).toBe(code);
		fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
		expect(await screen.findByRole('heading', { name: 'Signature valide' })).toBeTruthy();
	});

	test('without WebCrypto (a page not in https nor on localhost), it says the check cannot run here', async () => {
		vi.stubGlobal('crypto', {});
		try {
			render(<VerifyDocument keys={keys} />);
			expect(await screen.findByRole('note')).toBeTruthy();

			verify(code);

			expect(await screen.findByRole('heading', { name: 'La vérification ne peut pas se faire sur cette page' })).toBeTruthy();
			expect(status()).toContain('adresse sécurisée (https ou localhost)');
			expect(document.querySelector('.document-sheet')).toBeNull();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
