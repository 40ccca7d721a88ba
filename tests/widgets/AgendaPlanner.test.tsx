// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { AgendaVariantSchema, type AgendaVariant } from '../../src/schemas/agenda';
import AgendaPlanner from '../../src/widgets/agenda/AgendaPlanner';

const variants: AgendaVariant[] = (JSON.parse(readFileSync('content/agenda.json', 'utf-8')) as unknown[]).map((v) => AgendaVariantSchema.parse(v));
const lessonIds = new Set(variants.flatMap((v) => v.blocks.flatMap((b) => b.content.map((c) => c.lesson))));
const lessons = Object.fromEntries([...lessonIds].map((id, n) => [id, { number: n + 1, title: id, href: `/lecons/${id}/`, sections: {} }]));
const evaluations = { positionnement: { title: 'Positionnement', href: '/evaluation/positionnement/' }, finale: { title: 'Évaluation finale', href: '/evaluation/finale/' } };

afterEach(() => {
	cleanup();
	localStorage.clear();
});

describe('the day’s agenda planner', () => {
	test('« Ajouter une pause » pressed while an earlier render’s effects still wait for a frame: focus still reaches the new break', async () => {
		render(<AgendaPlanner variants={variants} lessons={lessons} evaluations={evaluations} />);
		const breaks = () => document.querySelectorAll('.agenda-break-item').length;
		const before = breaks();
		const minutes = document.getElementById('agenda-pause-0-min') as HTMLInputElement;

		// Plain DOM events, not fireEvent (whose act() runs effects at once): a typed length renders,
		// and the click comes before that render's effects have run, as on a busy machine.
		minutes.value = '15';
		minutes.dispatchEvent(new Event('input', { bubbles: true }));
		await Promise.resolve();
		screen.getByRole('button', { name: 'Ajouter une pause' }).click();

		await waitFor(() => expect(breaks()).toBe(before + 1));
		await waitFor(() => expect(document.activeElement?.id).toBe(`agenda-pause-${before}-bloc`));
	});
});
