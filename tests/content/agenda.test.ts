import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { agendaReferenceProblems, blockFor, defaultSettings, practiceShare, schedule } from '../../src/lib/agenda';
import { AgendaVariantSchema, type AgendaVariant } from '../../src/schemas/agenda';

/**
 * Issue 13: the day's agenda as written in content/agenda.json. Each variant is a 7-hour day
 * (420 minutes of blocks) with about 80 % practice, Séquence 1 before Séquence 2, every lesson
 * taught and every programme bullet covered.
 */
interface LessonFile {
	id: string;
	sequence: number;
	sections: string[];
	/** bullet id → the sections the frontmatter lists for it */
	programme: Map<string, string[]>;
}

/** The frontmatter fields this test needs, read from the MDX as written (simple YAML lists). */
function readLesson(file: string): LessonFile {
	const source = readFileSync(join('content/lessons', file), 'utf-8');
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	const programme = new Map<string, string[]>();
	const block = /^programme:\n((?:[ \t]+.*\n?)*)/m.exec(front)?.[1] ?? '';
	let current: string[] | null = null;
	for (const line of block.split('\n')) {
		const bullet = /^\s*- bullet:\s*(\S+)/.exec(line);
		const item = /^\s{4,}-\s+(\S+)\s*$/.exec(line);
		if (bullet) programme.set(bullet[1]!, (current = []));
		else if (item && current) current.push(item[1]!);
	}
	return {
		id: file.replace(/\.mdx$/, ''),
		sequence: Number(/^sequence:\s*(\d)/m.exec(front)?.[1]),
		sections: [...source.matchAll(/<Section id="([^"]+)"/g)].map((m) => m[1]!),
		programme,
	};
}

const lessons = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).sort().map(readLesson);
const bullets = JSON.parse(readFileSync('content/programme.json', 'utf-8')) as { id: string; lesson: string; text: string }[];
const raw = JSON.parse(readFileSync('content/agenda.json', 'utf-8')) as unknown[];
const variants = raw.map((v) => AgendaVariantSchema.parse(v));

/** Whether the block's content teaches the bullet: its lesson whole, or a section listed for it. */
function covers(variant: AgendaVariant, bullet: { id: string; lesson: string }): boolean {
	const sections = lessons.find((l) => l.id === bullet.lesson)?.programme.get(bullet.id) ?? [];
	return variant.blocks.some((b) => b.content.some((c) => c.lesson === bullet.lesson && (c.sections === undefined || c.sections.some((s) => sections.includes(s)))));
}

describe('content/agenda.json', () => {
	test('the reader of the frontmatter finds what the lessons hold (15 lessons, each with its bullets and sequence)', () => {
		expect(lessons).toHaveLength(15);
		for (const l of lessons) {
			expect([1, 2], l.id).toContain(l.sequence);
			expect(l.programme.size, l.id).toBeGreaterThan(0);
			for (const [bullet, sections] of l.programme) expect(sections.length, `${l.id} › ${bullet}`).toBeGreaterThan(0);
		}
	});

	test('two variants, « presentiel » (Journée en salle) first, then « distance » (Classe virtuelle)', () => {
		expect(variants.map((v) => [v.id, v.label])).toEqual([
			['presentiel', 'Journée en salle'],
			['distance', 'Classe virtuelle'],
		]);
	});

	describe.each(variants.map((v) => [v.id, v] as const))('%s', (_id, variant) => {
		test('blocks add up to 420 minutes (7 h), and theory + practice = minutes in every block', () => {
			expect(variant.blocks.reduce((sum, b) => sum + b.minutes, 0)).toBe(420);
			for (const b of variant.blocks) expect(b.theoryMinutes + b.practiceMinutes, b.id).toBe(b.minutes);
		});

		test('practice share between 75 % and 85 %', () => {
			const share = practiceShare(variant.blocks);
			expect(share).toBeGreaterThanOrEqual(0.75);
			expect(share).toBeLessThanOrEqual(0.85);
		});

		test('every programme bullet is covered by a block', () => {
			expect(bullets.length).toBeGreaterThan(0);
			expect(bullets.filter((b) => !covers(variant, b)).map((b) => `${b.id} (${b.lesson})`)).toEqual([]);
		});

		test('every lesson appears; every lesson and section named exists', () => {
			expect(lessons.filter((l) => !blockFor(variant, l.id)).map((l) => l.id)).toEqual([]);
			expect(agendaReferenceProblems([variant], lessons)).toEqual([]);
		});

		test('a block’s sequence is its lessons’ sequence, and Séquence 1 blocks all come before Séquence 2 blocks', () => {
			for (const b of variant.blocks) {
				for (const c of b.content) expect(lessons.find((l) => l.id === c.lesson)?.sequence, `${b.id} › ${c.lesson}`).toBe(b.sequence);
			}
			const order = variant.blocks.map((b) => b.sequence).filter((s) => s !== null);
			expect(order).toEqual([...order].sort());
			expect(order).toContain(1);
			expect(order).toContain(2);
		});

		test('opens with the positioning test and closes with the final evaluation, both without lessons', () => {
			const first = variant.blocks[0];
			const last = variant.blocks.at(-1);
			expect([first?.evaluation, first?.sequence, first?.content]).toEqual(['positionnement', null, []]);
			expect([last?.evaluation, last?.sequence, last?.content]).toEqual(['finale', null, []]);
			expect(variant.blocks.slice(1, -1).every((b) => b.evaluation === undefined && b.content.length > 0)).toBe(true);
		});

		test('the default day: morning for Séquence 1, lunch between the séquences, every break after a known block', () => {
			const day = schedule(variant, defaultSettings(variant));
			const lastMorning = variant.blocks.filter((b) => b.sequence === 1).at(-1);
			const items = day.items;
			const afterMorning = items[items.findIndex((i) => i.kind === 'block' && i.id === lastMorning?.id) + 1];
			expect(afterMorning?.kind).toBe('break');
			expect(afterMorning?.minutes).toBeGreaterThanOrEqual(45);
			expect(afterMorning?.start).toBeGreaterThanOrEqual(12 * 60);
			expect(afterMorning?.start).toBeLessThanOrEqual(13 * 60 + 30);
			expect(items.filter((i) => i.kind === 'break')).toHaveLength(variant.defaultBreaks.length);
			expect(day.plannedEnd).toBeLessThanOrEqual(18 * 60);
		});
	});

	test('the distance variant has shorter blocks and more breaks than the day in the room', () => {
		const [room, remote] = variants as [AgendaVariant, AgendaVariant];
		const longest = (v: AgendaVariant) => Math.max(...v.blocks.map((b) => b.minutes));
		expect(longest(remote)).toBeLessThan(longest(room));
		expect(remote.blocks.length).toBeGreaterThan(room.blocks.length);
		expect(remote.defaultBreaks.length).toBeGreaterThan(room.defaultBreaks.length);
	});

	test('the reference check names the file, the variant, the block and the bad id', () => {
		const broken = structuredClone(variants[0]!) as AgendaVariant;
		broken.blocks[1]!.content = [{ lesson: '01-vocabulaire-generalites', sections: ['pas-de-section'] }, { lesson: '99-inconnue' }];

		expect(agendaReferenceProblems([broken], lessons)).toEqual([
			'content/agenda.json › presentiel › blocks[1] (s1-vocabulaire) › content[0].sections : section « pas-de-section » absente de la leçon 01-vocabulaire-generalites',
			'content/agenda.json › presentiel › blocks[1] (s1-vocabulaire) › content[1].lesson : leçon « 99-inconnue » inconnue',
		]);
	});

	test('the schema refuses a block whose theory and practice do not add up, naming the block', () => {
		const bad = structuredClone(raw[0]) as { blocks: { theoryMinutes: number }[] };
		bad.blocks[2]!.theoryMinutes += 5;
		const result = AgendaVariantSchema.safeParse(bad);

		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.message).join(' ')).toContain('bloc « s1-comptes »');
	});
});
