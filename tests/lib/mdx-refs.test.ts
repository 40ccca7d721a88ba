import { describe, expect, test } from 'vitest';
import { extractMdxRefs, extractSections, extractTrainerNotes } from '../../src/lib/mdx-refs';

describe('extractSections', () => {
	test('returns the sections in order with their anchors and titles', () => {
		const body = [
			'import Section from "../x.astro";',
			'',
			'<Section id="intro" title="Chorus Pro en bref">',
			'Texte.',
			'</Section>',
			'<Section title="Base légale" id="base-legale">',
			'</Section>',
		].join('\n');

		const sections = extractSections(body);

		expect(sections).toEqual([
			{ id: 'intro', title: 'Chorus Pro en bref' },
			{ id: 'base-legale', title: 'Base légale' },
		]);
	});

	test('returns an empty id and title when the attributes are missing', () => {
		const body = '<Section>\n</Section>';

		const sections = extractSections(body);

		expect(sections).toEqual([{ id: '', title: '' }]);
	});

	test('ignores components whose name only starts with Section', () => {
		const body = '<SectionList id="x" title="y" />';

		const sections = extractSections(body);

		expect(sections).toEqual([]);
	});
});

describe('extractMdxRefs', () => {
	test('lists facts, terms, exercises and lesson links', () => {
		const body = [
			'<Section id="s1" title="Un">',
			'Depuis le <Fait id="generalisation" />, <Terme id="ej">l’EJ</Terme> et <Terme id="siret">SIRET</Terme>.',
			'<Exercise id="ex-depot" />',
			'Voir <LienLecon lesson="02-b" section="suite">ici</LienLecon> et <LienLecon lesson="03-c">là</LienLecon>.',
			'</Section>',
		].join('\n');

		const refs = extractMdxRefs(body);

		expect(refs).toEqual({
			sections: ['s1'],
			facts: ['generalisation'],
			terms: ['ej', 'siret'],
			exercises: ['ex-depot'],
			links: [
				{ lesson: '02-b', section: 'suite' },
				{ lesson: '03-c', section: undefined },
			],
		});
	});

	test('returns empty lists for a body without components', () => {
		const body = '# Titre\n\nDu texte simple.';

		const refs = extractMdxRefs(body);

		expect(refs).toEqual({ sections: [], facts: [], terms: [], exercises: [], links: [] });
	});

	test('reads tags written over several lines', () => {
		const body = '<Fait\n  id="multi-ligne"\n/>';

		const refs = extractMdxRefs(body);

		expect(refs.facts).toEqual(['multi-ligne']);
	});
});

describe('extractTrainerNotes', () => {
	test('attaches each note to the section before it', () => {
		const body = [
			'<Section id="intro" title="Intro">',
			'<NoteFormateur>Demander qui a déjà un compte.</NoteFormateur>',
			'</Section>',
			'<Section id="depot" title="Dépôt">',
			'Texte.',
			'<NoteFormateur>Montrer le portail de qualification.</NoteFormateur>',
			'<NoteFormateur>Prévoir 5 minutes.</NoteFormateur>',
			'</Section>',
		].join('\n');

		const notes = extractTrainerNotes(body);

		expect(notes).toEqual([
			{ section: 'intro', text: 'Demander qui a déjà un compte.' },
			{ section: 'depot', text: 'Montrer le portail de qualification.' },
			{ section: 'depot', text: 'Prévoir 5 minutes.' },
		]);
	});

	test('gives section null to a note before any section', () => {
		const body = '<NoteFormateur>Accueil des participants.</NoteFormateur>\n<Section id="intro" title="Intro">';

		const notes = extractTrainerNotes(body);

		expect(notes).toEqual([{ section: null, text: 'Accueil des participants.' }]);
	});

	test('keeps the lines of a multi-line note without their indentation', () => {
		const body = [
			'<Section id="intro" title="Intro">',
			'<NoteFormateur>',
			'  Première ligne.',
			'  Deuxième ligne.',
			'</NoteFormateur>',
		].join('\n');

		const notes = extractTrainerNotes(body);

		expect(notes).toEqual([{ section: 'intro', text: 'Première ligne.\nDeuxième ligne.' }]);
	});

	test('keeps one blank line between the paragraphs of a note', () => {
		const body = '<Section id="intro" title="Intro">\n<NoteFormateur>\n\n  Durée : 3 minutes.\n\n\n  Confusion fréquente : le SIRET.\n\n</NoteFormateur>';

		const notes = extractTrainerNotes(body);

		expect(notes).toEqual([{ section: 'intro', text: 'Durée : 3 minutes.\n\nConfusion fréquente : le SIRET.' }]);
	});

	test('returns no note for a body without NoteFormateur', () => {
		const body = '<Section id="intro" title="Intro">\nTexte.\n</Section>';

		const notes = extractTrainerNotes(body);

		expect(notes).toEqual([]);
	});
});
