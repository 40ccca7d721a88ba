import { isCountedPractice, courseDay } from '../counting';
import { apresRun, avantCandidate, openRun } from '../evaluation-runs';
import type { EvaluationRun, QuestionResult, RunQuestion } from '../evaluation-model';
import { objectivesOfItem, type ItemObjectives } from '../mastery';
import { emptyProgress, progressProblem, type Attempt, type AttemptContext, type AttemptOutcome, type LessonProgress, type ProgressState } from '../progress-model';
import type { Answer, QuizItem } from '../quiz-types';

/**
 * The learner's progress in SCORM 1.2's `cmi.suspend_data` (issue 15): at most 4,096 characters
 * (CMIString4096), so a compact subset rather than the JSON of the store, which is 10 to 20 times
 * larger for a learner who has done everything. Synchronous and without a compression library:
 * the runtime bridge commits on `pagehide`, where an async CompressionStream may never finish,
 * and a fixed-width text format is small enough (see the size test).
 *
 * What is kept, and why it is enough (course.md §2: results must mean what they say):
 * - Per item, the sequence of its attempts' outcome and context (scored / practice / revealed,
 *   lesson / v1-avant / v1-apres), in order: the « Entraînement » rule (mastery.ts) reads the
 *   latest COUNTED check's score/max and COUNTS the practice and solutions shown, so the count of
 *   each outcome must survive, and no practice or revealed attempt may come back as a counted one.
 * - The latest counted attempt's exact score and maximum: the only score mastery.ts reads.
 * - Two days per item: the day of the latest counted attempt and the day of the latest attempt.
 *   The counting rule (counting.ts `classifyCheck`) makes a new check « practice » when any
 *   attempt of the item falls on the same Paris day or later, so the latest day must survive or a
 *   check made right after a resume would be counted when it should not.
 * What is NOT kept: the other attempts' own scores, the times of day and the durations. Rebuilt
 *   attempts carry score 0 (their outcome, context and order are true, their score is not
 *   known), `durationMs` 0, and as `at` the last answer recorded on their day in the whole
 *   progress (the same Paris day, never a future instant). None of these is read by any result.
 * - Lessons (dates, completion, time), the last place, the learner's name, employer and seed:
 *   whole. Timestamps are kept to the millisecond (the runs' order depends on them).
 * - Runs: the positioning run that is or will be « avant », an unfinished run of each kind (it is
 *   resumed, never replaced), the latest completed final run (« après ») and the 3 latest final
 *   runs; whole (questions, answers, results), so that « avant », « après », the correction and
 *   the LMS status read the same. Older runs are dropped.
 *
 * Item ids, lesson ids, objectives and evaluation questions are written as their index in the
 * course's own lists (the dictionary): 352 item ids alone take 8,300 characters. The dictionary's
 * fingerprint is written too, and data written against another dictionary (a package whose
 * content changed) is refused with a French message rather than read wrongly. An id the
 * dictionary does not list (a retired item) is written out in full.
 *
 * Only printable ASCII is written: letters, digits and `-_.!~*'() |;,:[]=$^`; other characters
 * of texts (accents, ’) are escaped as `$hh` (Latin-1) or `^hhhh` (other UTF-16 units).
 */

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** The format's version: a later format takes « S2 », and this code refuses it by name. */
export const SUSPEND_FORMAT = 'S1';

/** An evaluation question as the format needs it: its id, and the ids its answers can name. */
export interface PoolEntry {
	id: string;
	/** Option ids (single, multiple), step ids (ordering), item then target ids (matching). */
	choices: readonly string[];
}

/** The course's lists that the format writes indexes into. Same content, same dictionary. */
export interface SuspendDictionary {
	/** Every item id the course records (item-ids.ts `recordedItemIds`), in a stable order. */
	items: readonly string[];
	lessons: readonly string[];
	objectives: readonly string[];
	pool: readonly PoolEntry[];
	/** To refill Attempt.objectives (kept for the file's reader only, never for results). */
	itemObjectives?: ItemObjectives;
}

/** The ids a pool question's answers can name, for the dictionary. */
export function poolEntry(item: QuizItem): PoolEntry {
	switch (item.type) {
		case 'single':
		case 'multiple':
			return { id: item.id, choices: item.options.map((o) => o.id) };
		case 'truefalse':
			return { id: item.id, choices: [] };
		case 'ordering':
			return { id: item.id, choices: item.items.map((i) => i.id) };
		case 'matching':
			return { id: item.id, choices: [...item.items.map((i) => i.id), ...item.targets.map((t) => t.id)] };
	}
}

// ——— Characters ———

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));
/** Written as they are in texts; every other character is escaped. */
const LITERAL = /[A-Za-z0-9\-_.!~*'() ]/;

/** A decoding failure, with what was wrong in French. */
class Unreadable extends Error {}

/** Base-64 digits of a whole number, exactly `width` of them. */
function fixed(n: number, width: number): string {
	let out = '';
	for (let i = 0; i < width; i++) {
		out = (B64[n % 64] ?? 'A') + out;
		n = Math.floor(n / 64);
	}
	return out;
}

/** A number in a delimited field: base-64 digits for a whole number, else `[decimal]`. */
function num(n: number): string {
	if (!Number.isSafeInteger(n) || n < 0) return `[${String(n)}]`;
	let out = '';
	do {
		out = (B64[n % 64] ?? 'A') + out;
		n = Math.floor(n / 64);
	} while (n > 0);
	return out;
}

function readNum(field: string): number {
	if (field.startsWith('[') && field.endsWith(']')) {
		const n = Number(field.slice(1, -1));
		if (Number.isFinite(n)) return n;
	}
	if (field === '') throw new Unreadable('nombre absent');
	let n = 0;
	for (const c of field) {
		const d = DIGIT.get(c);
		if (d === undefined) throw new Unreadable(`nombre «\u00a0${field}\u00a0» illisible`);
		n = n * 64 + d;
	}
	return n;
}

function esc(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		const code = text.charCodeAt(i);
		if (LITERAL.test(ch)) out += ch;
		else if (code < 0x100) out += `$${code.toString(16).padStart(2, '0')}`;
		else out += `^${code.toString(16).padStart(4, '0')}`;
	}
	return out;
}

function unesc(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; ) {
		const ch = text[i] as string;
		const width = ch === '$' ? 2 : ch === '^' ? 4 : 0;
		if (width === 0) {
			if (!LITERAL.test(ch)) throw new Unreadable(`caractère «\u00a0${ch}\u00a0» inattendu dans un texte`);
			out += ch;
			i += 1;
			continue;
		}
		const hex = text.slice(i + 1, i + 1 + width);
		if (!/^[0-9a-f]+$/.test(hex) || hex.length !== width) throw new Unreadable('texte mal échappé');
		out += String.fromCharCode(parseInt(hex, 16));
		i += 1 + width;
	}
	return out;
}

/** An optional text: empty when absent, `=` and the text when present (even empty). */
const opt = (v: string | undefined) => (v === undefined ? '' : `=${esc(v)}`);
const readOpt = (field: string) => (field === '' ? undefined : field.startsWith('=') ? unesc(field.slice(1)) : bad('texte optionnel illisible'));

/** A reference to a listed id in a delimited field: its index, or `=` and the id in full. */
const ref = (list: readonly string[], id: string) => (list.indexOf(id) >= 0 ? num(list.indexOf(id)) : `=${esc(id)}`);
function readRef(list: readonly string[], field: string): string {
	if (field.startsWith('=')) return unesc(field.slice(1));
	const id = list[readNum(field)];
	if (id === undefined) throw new Unreadable(`référence ${field} hors de la liste du cours`);
	return id;
}

function bad(why: string): never {
	throw new Unreadable(why);
}

/** FNV-1a, 32 bits, as 6 base-64 digits: catches a cut or changed value, and tells dictionaries apart. */
function fingerprint(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return fixed(h, 6);
}

export function dictionaryFingerprint(dict: SuspendDictionary): string {
	return fingerprint(JSON.stringify([dict.items, dict.lessons, dict.objectives, dict.pool.map((p) => [p.id, p.choices])]));
}

/** Reads a fixed-width packed field character by character. */
class Reader {
	private at = 0;
	constructor(private readonly text: string) {}
	get done() {
		return this.at >= this.text.length;
	}
	char(): string {
		const c = this.text[this.at];
		if (c === undefined) throw new Unreadable('données coupées');
		this.at += 1;
		return c;
	}
	fixed(width: number): number {
		let n = 0;
		for (let i = 0; i < width; i++) {
			const d = DIGIT.get(this.char());
			if (d === undefined) throw new Unreadable('chiffre illisible');
			n = n * 64 + d;
		}
		return n;
	}
	/** `[…]`, its content. */
	bracket(): string {
		if (this.char() !== '[') throw new Unreadable('«\u00a0[\u00a0» attendu');
		const end = this.text.indexOf(']', this.at);
		if (end < 0) throw new Unreadable('«\u00a0]\u00a0» manquant');
		const inside = this.text.slice(this.at, end);
		this.at = end + 1;
		return inside;
	}
	peek(): string | undefined {
		return this.text[this.at];
	}
}

// ——— Scores: (score, max) in one character when small ———

/**
 * Code of (score, max) for whole scores with max 1–9 (54 codes); 61: `[score][max]` in decimal;
 * 62: no result; 63: score and max as two digits each (whole numbers up to 4,095).
 */
const DECIMAL = 61;
const NO_RESULT = 62;
const ESCAPE = 63;
function smCode(s: number, m: number): number | null {
	if (!Number.isInteger(s) || !Number.isInteger(m) || m < 1 || m > 9 || s < 0 || s > m) return null;
	return (m * (m + 1)) / 2 - 1 + s;
}
const SM_DECODE: [number, number][] = [];
for (let m = 1; m <= 9; m++) for (let s = 0; s <= m; s++) SM_DECODE.push([s, m]);

function writeScore(r: { score: number; max: number } | undefined): string {
	if (!r) return fixed(NO_RESULT, 1);
	const code = smCode(r.score, r.max);
	if (code !== null) return fixed(code, 1);
	const whole = (n: number) => Number.isInteger(n) && n >= 0 && n < 4096;
	if (whole(r.score) && whole(r.max)) return fixed(ESCAPE, 1) + fixed(r.score, 2) + fixed(r.max, 2);
	return `${fixed(DECIMAL, 1)}[${String(r.score)}][${String(r.max)}]`;
}

function readScore(r: Reader): { score: number; max: number } | undefined {
	const code = r.fixed(1);
	if (code === NO_RESULT) return undefined;
	if (code === ESCAPE) return { score: r.fixed(2), max: r.fixed(2) };
	if (code === DECIMAL) return { score: Number(r.bracket()), max: Number(r.bracket()) };
	const pair = SM_DECODE[code];
	if (!pair) throw new Unreadable('score illisible');
	return { score: pair[0], max: pair[1] };
}

/**
 * An item's two days (the latest counted check's, the latest attempt's), as indexes in the day
 * table: one character when they are the same day among the first 31 (the usual case: the
 * practice after a counted check is the same day), two when they differ, five otherwise.
 */
function writeDays(dc: number, dl: number): string {
	if (dc === dl && dl < 31) return fixed(dl, 1);
	if (dl < 31 && dc < 64) return fixed(31 + dl, 1) + fixed(dc, 1);
	return fixed(63, 1) + fixed(dc, 2) + fixed(dl, 2);
}
function readDays(r: Reader): [number, number] {
	const v = r.fixed(1);
	if (v < 31) return [v, v];
	if (v < 62) return [r.fixed(1), v - 31];
	if (v === 63) return [r.fixed(2), r.fixed(2)];
	throw new Unreadable('jours illisibles');
}

// ——— Attempts ———

const OUTCOMES: AttemptOutcome[] = ['scored', 'practice', 'revealed'];
const CONTEXTS: AttemptContext[] = ['lesson', 'v1-avant', 'v1-apres'];
/**
 * An item's record starts with 2 characters (4,096 codes): lesson-only sequences of up to 5
 * attempts are 364 codes, times 0–10 items skipped before it in the dictionary (4,004 codes);
 * 4094 skips more items (the next character says how many); 4095 is any other sequence, written
 * out (count, then one character per attempt).
 */
const PACKED_MAX = 5;
const PACKED = 364;
const MAX_PACKED_SKIP = 10;
const SKIP = 4094;
const EXTENDED = 4095;
const packedOffset = (len: number) => (3 ** len - 1) / 2;

function kindOf(a: Attempt): number {
	return OUTCOMES.indexOf(a.outcome) + 3 * CONTEXTS.indexOf(a.context);
}

/** The record's head: the items skipped before it, and its sequence of attempt kinds. */
function writeSequence(skipped: number, kinds: number[]): string {
	let out = '';
	const packable = kinds.length <= PACKED_MAX && kinds.every((k) => k < 3);
	const carried = packable ? MAX_PACKED_SKIP : 0;
	for (; skipped > carried; skipped -= Math.min(skipped - carried, 63)) out += fixed(SKIP, 2) + fixed(Math.min(skipped - carried, 63), 1);
	if (packable) {
		const value = kinds.reduce((v, k) => v * 3 + k, 0);
		return out + fixed(skipped * PACKED + packedOffset(kinds.length) + value, 2);
	}
	return out + fixed(EXTENDED, 2) + fixed(kinds.length, 2) + kinds.map((k) => fixed(k, 1)).join('');
}

/** Reads a record's head: the items skipped before it, and its attempt kinds. */
function readSequence(r: Reader): { skipped: number; kinds: number[] } {
	let skipped = 0;
	let code = r.fixed(2);
	for (; code === SKIP; code = r.fixed(2)) skipped += r.fixed(1);
	if (code === EXTENDED) return { skipped, kinds: readKinds(r, code) };
	if (code >= PACKED * (MAX_PACKED_SKIP + 1)) throw new Unreadable('suite de réponses illisible');
	return { skipped: skipped + Math.floor(code / PACKED), kinds: readKinds(r, code % PACKED) };
}

function readKinds(r: Reader, v: number): number[] {
	if (v === EXTENDED) {
		const n = r.fixed(2);
		return Array.from({ length: n }, () => {
			const k = r.fixed(1);
			if (k > 8) throw new Unreadable('type de réponse inconnu');
			return k;
		});
	}
	let len = 0;
	while (len <= PACKED_MAX && v >= packedOffset(len + 1)) len += 1;
	if (len > PACKED_MAX) throw new Unreadable('suite de réponses illisible');
	let value = v - packedOffset(len);
	const kinds: number[] = [];
	for (let i = 0; i < len; i++) {
		kinds.unshift(value % 3);
		value = Math.floor(value / 3);
	}
	return kinds;
}

/** The Paris days of the attempts, each as the last instant recorded that day. */
interface DayTable {
	index: Map<string, number>;
	instants: number[];
}

function dayTable(state: ProgressState): DayTable {
	const latest = new Map<string, number>();
	const uses = new Map<string, number>();
	for (const list of Object.values(state.attempts)) {
		for (const a of list) {
			const day = courseDay(a.at);
			const t = Date.parse(a.at);
			if (day !== null) latest.set(day, Math.max(latest.get(day) ?? t, t));
		}
		const last = list.length ? courseDay(latestAt(list).at) : null;
		if (last !== null) uses.set(last, (uses.get(last) ?? 0) + 1);
	}
	// The most used days first, so that most items name theirs in one character.
	const days = [...latest.entries()].sort((a, b) => (uses.get(b[0]) ?? 0) - (uses.get(a[0]) ?? 0) || a[1] - b[1]);
	return { index: new Map(days.map(([day], i) => [day, i])), instants: days.map(([, t]) => t) };
}

/** The latest instant among the attempts (the one the counting rule reads). */
const latestAt = (list: readonly Attempt[]) => list.reduce((best, a) => (Date.parse(a.at) > Date.parse(best.at) ? a : best));

function writeItem(skipped: number, list: readonly Attempt[], days: DayTable): string {
	let out = writeSequence(skipped, list.map(kindOf));
	if (list.length === 0) return out;
	const counted = list.findLast(isCountedPractice);
	const last = list.at(-1) as Attempt;
	out += writeScore(counted ?? { score: 0, max: last.max });
	const dayIndex = (a: Attempt) => days.index.get(courseDay(a.at) ?? '') ?? 0;
	const dl = dayIndex(latestAt(list));
	out += writeDays(counted ? dayIndex(counted) : dl, dl);
	return out;
}

/** An item's attempts, rebuilt from its record's body (after its head: `kinds`). */
function readItem(r: Reader, kinds: readonly number[], id: string, instants: readonly number[], dict: SuspendDictionary): Attempt[] {
	if (kinds.length === 0) return [];
	const kept = readScore(r) ?? bad('score absent');
	const [dc, dl] = readDays(r);
	const instant = (d: number) => new Date(instants[d] ?? bad('jour hors de la table')).toISOString();
	const objectives = dict.itemObjectives ? [...objectivesOfItem(dict.itemObjectives, id)] : [];
	const attempts: Attempt[] = kinds.map((k) => ({
		objectives,
		score: 0,
		max: kept.max,
		outcome: OUTCOMES[k % 3] as AttemptOutcome,
		context: CONTEXTS[Math.floor(k / 3)] as AttemptContext,
		at: '',
		durationMs: 0,
	}));
	const countedIndex = attempts.findLastIndex(isCountedPractice);
	attempts.forEach((a, i) => {
		a.at = instant(i <= countedIndex ? dc : dl);
		// Only the latest counted check has its real score: it is the only one a result reads.
		if (i === countedIndex) a.score = kept.score;
	});
	return attempts;
}

// ——— Runs ———

/** The runs kept: see the module comment. In their order in the progress. */
export function keptRuns(runs: readonly EvaluationRun[]): EvaluationRun[] {
	const keep = new Set<EvaluationRun | null>([avantCandidate(runs), openRun(runs, 'positionnement'), openRun(runs, 'finale'), apresRun(runs)]);
	const finals = runs
		.filter((r) => r.kind === 'finale')
		.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.number - b.number)
		.slice(-3);
	for (const r of finals) keep.add(r);
	return runs.filter((r) => keep.has(r));
}

const name = (choices: readonly string[], id: string) => {
	const i = choices.indexOf(id);
	return i >= 0 && i < 64 ? fixed(i, 1) : `[${esc(id)}]`;
};

function readName(r: Reader, choices: readonly string[]): string {
	if (r.peek() === '[') return unesc(r.bracket());
	return choices[r.fixed(1)] ?? bad('choix de réponse hors de la liste');
}

function writeAnswer(a: Answer | undefined, choices: readonly string[]): string {
	if (!a) return '';
	switch (a.type) {
		case 'single':
			return `a${a.selected === null ? '' : name(choices, a.selected)}`;
		case 'multiple':
			return `b${a.selected.map((s) => name(choices, s)).join('')}`;
		case 'truefalse':
			return `c${a.value === null ? '' : a.value ? '1' : '0'}`;
		case 'ordering':
			return `d${a.order.map((s) => name(choices, s)).join('')}`;
		case 'matching':
			return `e${Object.entries(a.pairs)
				.map(([k, v]) => name(choices, k) + name(choices, v))
				.join('')}`;
	}
}

function readAnswer(field: string, choices: readonly string[]): Answer {
	const r = new Reader(field.slice(1));
	const names = () => {
		const out: string[] = [];
		while (!r.done) out.push(readName(r, choices));
		return out;
	};
	switch (field[0]) {
		case 'a':
			return { type: 'single', selected: r.done ? null : readName(r, choices) };
		case 'b':
			return { type: 'multiple', selected: names() };
		case 'c': {
			const v = field.slice(1);
			return { type: 'truefalse', value: v === '' ? null : v === '1' ? true : v === '0' ? false : bad('vrai/faux illisible') };
		}
		case 'd':
			return { type: 'ordering', order: names() };
		case 'e': {
			const list = names();
			if (list.length % 2) throw new Unreadable('associations illisibles');
			const pairs: Record<string, string> = {};
			for (let i = 0; i < list.length; i += 2) pairs[list[i] as string] = list[i + 1] as string;
			return { type: 'matching', pairs };
		}
		default:
			throw new Unreadable('réponse d’un type inconnu');
	}
}

function writeRun(run: EvaluationRun, dict: SuspendDictionary, base: number): string {
	const poolIds = dict.pool.map((p) => p.id);
	const questions = run.questions
		.map((q) => {
			const i = poolIds.indexOf(q.id);
			const qref = i >= 0 && i < EXTENDED ? fixed(i, 2) : `${fixed(EXTENDED, 2)}[${esc(q.id)}]`;
			const o = dict.objectives.indexOf(q.objective);
			const oref = o >= 0 && o < 63 ? fixed(o, 1) : `${fixed(63, 1)}[${esc(q.objective)}]`;
			return qref + oref + writeScore(run.completedAt ? run.results?.[q.id] : undefined);
		})
		.join('');
	const answers = run.questions.map((q) => writeAnswer(run.answers[q.id], dict.pool[poolIds.indexOf(q.id)]?.choices ?? [])).join(':');
	const completed = run.completedAt ? num(Date.parse(run.completedAt) - base) : '';
	return [(run.kind === 'finale' ? 'f' : 'p') + num(run.number), esc(run.bank), num(Date.parse(run.startedAt) - base), completed, questions, answers].join(',');
}

function readRun(text: string, dict: SuspendDictionary, base: number): EvaluationRun {
	const [head = '', bank = '', started = '', completed = '', packed = '', answerText = '', ...rest] = text.split(',');
	if (rest.length) throw new Unreadable('évaluation illisible');
	const kind = head[0] === 'f' ? 'finale' : head[0] === 'p' ? 'positionnement' : bad('type d’évaluation inconnu');
	const number = readNum(head.slice(1));
	const r = new Reader(packed);
	const questions: RunQuestion[] = [];
	const scores: (QuestionResult | undefined)[] = [];
	while (!r.done) {
		const qi = r.fixed(2);
		const id = qi === EXTENDED ? unesc(r.bracket()) : (dict.pool[qi]?.id ?? bad('question hors de la banque'));
		const oi = r.fixed(1);
		const objective = oi === 63 ? unesc(r.bracket()) : (dict.objectives[oi] ?? bad('objectif inconnu'));
		questions.push({ id, objective });
		scores.push(readScore(r));
	}
	const answerFields = answerText.split(':');
	if (answerFields.length !== Math.max(questions.length, 1)) throw new Unreadable('réponses d’évaluation illisibles');
	const answers: Record<string, Answer> = {};
	questions.forEach((q, i) => {
		const field = answerFields[i] ?? '';
		if (field) answers[q.id] = readAnswer(field, dict.pool.find((p) => p.id === q.id)?.choices ?? []);
	});
	const run: EvaluationRun = {
		id: `${kind}-${number}`,
		kind,
		number,
		bank: unesc(bank),
		questions,
		startedAt: new Date(base + readNum(started)).toISOString(),
		answers,
	};
	if (completed !== '') {
		run.completedAt = new Date(base + readNum(completed)).toISOString();
		run.results = {};
		questions.forEach((q, i) => {
			const s = scores[i];
			if (s && run.results) run.results[q.id] = s;
		});
	}
	return run;
}

// ——— The whole ———

/** Every timestamp the format writes, as milliseconds. */
function instantsOf(state: ProgressState, runs: readonly EvaluationRun[]): number[] {
	const out: number[] = [];
	for (const list of Object.values(state.attempts)) for (const a of list) out.push(Date.parse(a.at));
	for (const l of Object.values(state.lessons)) {
		out.push(Date.parse(l.firstVisitAt), Date.parse(l.lastVisitAt));
		if (l.completedAt) out.push(Date.parse(l.completedAt));
	}
	if (state.lastPlace) out.push(Date.parse(state.lastPlace.at));
	for (const r of runs) {
		out.push(Date.parse(r.startedAt));
		if (r.completedAt) out.push(Date.parse(r.completedAt));
	}
	return out.filter(Number.isFinite);
}

/**
 * The compact text of a (valid) progress for `cmi.suspend_data`. Its length is not capped here:
 * the caller compares it with SUSPEND_DATA_LIMIT (a learner who has done everything stays well
 * under it; only very long names made of escaped characters could push it over).
 */
export function encodeSuspendData(state: ProgressState, dict: SuspendDictionary): string {
	const runs = keptRuns(state.runs ?? []);
	// Every offset is from the earliest instant, so offsets are small and never negative.
	const instants = instantsOf(state, runs);
	const base = instants.length ? Math.min(...instants) : 0;
	const off = (iso: string) => num(Date.parse(iso) - base);
	const days = dayTable(state);

	const learner = [opt(state.learnerName), opt(state.learnerEmployer), opt(state.learnerSeed)].join(',');
	const lessons = Object.entries(state.lessons)
		.map(([id, l]) => [ref(dict.lessons, id), off(l.firstVisitAt), off(l.lastVisitAt), l.completedAt ? off(l.completedAt) : '', num(l.timeSpentMs)].join(','))
		.join(';');
	const place = state.lastPlace ? [ref(dict.lessons, state.lastPlace.lesson), opt(state.lastPlace.section), off(state.lastPlace.at)].join(',') : '';
	const dayField = days.instants.map((t) => num(t - base)).join(';');

	// Known items in dictionary order, each record saying how many items were skipped before it.
	let items = '';
	let skipped = 0;
	dict.items.forEach((id) => {
		const list = state.attempts[id];
		if (!list) {
			skipped += 1;
			return;
		}
		items += writeItem(skipped, list, days);
		skipped = 0;
	});
	const known = new Set(dict.items);
	const extra = Object.entries(state.attempts)
		.filter(([id]) => !known.has(id))
		.map(([id, list]) => `${esc(id)},${writeItem(0, list, days)}`)
		.join(';');
	const runField = runs.map((r) => writeRun(r, dict, base)).join(';');

	const body = [SUSPEND_FORMAT, esc(state.courseId), dictionaryFingerprint(dict), num(base), learner, lessons, place, dayField, items, extra, runField].join('|');
	return `${body}|${fingerprint(body)}`;
}

export type DecodedSuspendData = { state: ProgressState } | { error: string };

/**
 * The progress written by `encodeSuspendData`, checked by `progressProblem`, or a French
 * message saying why it cannot be read: cut, altered, another course, another content, a newer
 * format. Never throws. An empty value (a first launch) is an empty progress.
 */
export function decodeSuspendData(text: string, courseId: string, dict: SuspendDictionary): DecodedSuspendData {
	if (typeof text !== 'string') return { error: 'Les données de reprise de la plateforme sont illisibles.' };
	if (text === '') return { state: emptyProgress(courseId) };
	const version = /^S(\d+)\|/.exec(text);
	if (!version) return { error: 'Les données de reprise de la plateforme ne sont pas celles de ce cours (format inconnu).' };
	if (`S${version[1]}` !== SUSPEND_FORMAT) {
		return { error: `Les données de reprise ont été écrites par une version plus récente du cours (format S${version[1]})\u00a0: cette version ne sait pas les relire.` };
	}
	const cut = text.lastIndexOf('|');
	if (fingerprint(text.slice(0, cut)) !== text.slice(cut + 1)) {
		return { error: 'Les données de reprise de la plateforme sont incomplètes ou altérées\u00a0: elles ne peuvent pas être relues.' };
	}
	const fields = text.slice(0, cut).split('|');
	if (fields.length !== 11) return { error: 'Les données de reprise de la plateforme sont incomplètes ou altérées\u00a0: elles ne peuvent pas être relues.' };
	try {
		const [, course = '', dictPrint, baseText = '', learner = '', lessonText = '', placeText = '', dayText = '', itemText = '', extraText = '', runText = ''] = fields;
		const foundCourse = unesc(course);
		if (foundCourse !== courseId) return { error: `Les données de reprise sont celles d’un autre cours («\u00a0${foundCourse}\u00a0»)\u00a0: elles ne sont pas reprises.` };
		if (dictPrint !== dictionaryFingerprint(dict)) {
			return { error: 'Les données de reprise ont été écrites avec une autre version du contenu du cours\u00a0: elles ne peuvent pas être relues sans risque d’erreur.' };
		}
		const base = readNum(baseText);
		const iso = (field: string) => new Date(base + readNum(field)).toISOString();
		const state = emptyProgress(courseId);

		const [name, employer, seed, ...more] = learner.split(',');
		if (more.length || seed === undefined) throw new Unreadable('apprenant illisible');
		const learnerName = readOpt(name ?? '');
		const learnerEmployer = readOpt(employer ?? '');
		const learnerSeed = readOpt(seed);
		if (learnerName !== undefined) state.learnerName = learnerName;
		if (learnerEmployer !== undefined) state.learnerEmployer = learnerEmployer;
		if (learnerSeed !== undefined) state.learnerSeed = learnerSeed;

		for (const entry of lessonText ? lessonText.split(';') : []) {
			const [id = '', first = '', last = '', completed = '', time = '', ...rest] = entry.split(',');
			if (rest.length) throw new Unreadable('leçon illisible');
			const lesson: LessonProgress = { firstVisitAt: iso(first), lastVisitAt: iso(last), timeSpentMs: readNum(time) };
			if (completed) lesson.completedAt = iso(completed);
			state.lessons[readRef(dict.lessons, id)] = lesson;
		}

		if (placeText) {
			const [lesson = '', section = '', at = '', ...rest] = placeText.split(',');
			if (rest.length) throw new Unreadable('dernier emplacement illisible');
			const sectionId = readOpt(section);
			state.lastPlace = sectionId === undefined ? { lesson: readRef(dict.lessons, lesson), at: iso(at) } : { lesson: readRef(dict.lessons, lesson), section: sectionId, at: iso(at) };
		}

		const instants = dayText ? dayText.split(';').map((d) => base + readNum(d)) : [];
		const r = new Reader(itemText);
		let position = 0;
		while (!r.done) {
			const { skipped, kinds } = readSequence(r);
			position += skipped;
			const id = dict.items[position] ?? bad('réponse à un exercice hors de la liste du cours');
			state.attempts[id] = readItem(r, kinds, id, instants, dict);
			position += 1;
		}
		for (const entry of extraText ? extraText.split(';') : []) {
			const [id = '', packed = '', ...rest] = entry.split(',');
			if (rest.length) throw new Unreadable('réponses illisibles');
			const reader = new Reader(packed);
			const itemId = unesc(id);
			const head = readSequence(reader);
			if (head.skipped) throw new Unreadable('réponses illisibles');
			state.attempts[itemId] = readItem(reader, head.kinds, itemId, instants, dict);
			if (!reader.done) throw new Unreadable('réponses illisibles');
		}

		if (runText) state.runs = runText.split(';').map((t) => readRun(t, dict, base));

		const problem = progressProblem(state);
		if (problem) return { error: `Les données de reprise de la plateforme sont incohérentes (${problem})\u00a0: elles ne sont pas reprises.` };
		return { state };
	} catch (e) {
		const why = e instanceof Unreadable ? e.message : 'erreur de lecture';
		return { error: `Les données de reprise de la plateforme sont illisibles (${why})\u00a0: elles ne sont pas reprises.` };
	}
}
