import { describe, expect, test } from 'vitest';
import { joinBase } from '../../src/lib/url';

describe('joinBase', () => {
	test.each([
		['/', 'parcours', '/parcours/'],
		['/', '/parcours', '/parcours/'],
		['/', 'parcours/', '/parcours/'],
		['/', 'lecons/01-a', '/lecons/01-a/'],
		['/sous-dossier/', 'lecons/01-a', '/sous-dossier/lecons/01-a/'],
		['/sous-dossier/', '/lecons/01-a/', '/sous-dossier/lecons/01-a/'],
		['/sous-dossier', 'lecons/01-a', '/sous-dossier/lecons/01-a/'],
		['/formation/chorus/', '//glossaire', '/formation/chorus/glossaire/'],
	])('joins base %s and path %s into %s', (base, path, expected) => {
		const url = joinBase(base, path);

		expect(url).toBe(expected);
	});

	test.each([
		['/', '', '/'],
		['/sous-dossier/', '', '/sous-dossier/'],
		['/sous-dossier', '/', '/sous-dossier/'],
	])('gives the home page for base %s and path "%s"', (base, path, expected) => {
		const url = joinBase(base, path);

		expect(url).toBe(expected);
	});

	test.each([
		['/', 'lecons/01-a#base-legale', '/lecons/01-a/#base-legale'],
		['/', 'lecons/01-a/#base-legale', '/lecons/01-a/#base-legale'],
		['/sous-dossier/', 'lecons/01-a#intro', '/sous-dossier/lecons/01-a/#intro'],
		['/sous-dossier/', '#contenu', '/sous-dossier/#contenu'],
	])('keeps the anchor after the trailing slash (%s + %s)', (base, path, expected) => {
		const url = joinBase(base, path);

		expect(url).toBe(expected);
	});

	test.each([
		['/', 'formateur/notes.json', '/formateur/notes.json'],
		['/sous-dossier/', 'favicon.svg', '/sous-dossier/favicon.svg'],
		['/sous-dossier/', '/docs/Attestation.PDF', '/sous-dossier/docs/Attestation.PDF'],
	])('adds no trailing slash to the file %s', (base, path, expected) => {
		const url = joinBase(base, path);

		expect(url).toBe(expected);
	});
});
