/**
 * CSV made to open right in a French spreadsheet (LibreOffice Calc, Excel with French settings)
 * by a double click, with no import dialog: those read `;` as the separator (the comma is the
 * decimal mark), need the UTF-8 BOM to read accents as UTF-8 rather than Windows-1252, and read
 * « 0,8 » and « 04/12/2026 » as a number and a date.
 */

import type { LearnerRow, Verdict } from './organiser-group';
import type { ObjectiveStatus } from './mastery';

/** A cell as the callers give it: text, number, date (ISO string or Date), or nothing. */
export type CsvCell = string | number | null | Date;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/** ISO 8601 UTC timestamp as progress files write them, or a plain calendar day. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// The day as seen in France, whatever the time zone of the organiser's computer: an export made
// at 00:30 in Paris is dated that day, not the day before as UTC would have it.
const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });

/** « 04/12/2026 » for an instant, in Europe/Paris; '' for an invalid date. */
export function parisDay(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	const parts = Object.fromEntries(PARIS_DAY.formatToParts(date).map((p) => [p.type, p.value]));
	return `${parts.day}/${parts.month}/${parts.year}`;
}

/** « 0,8 » for 0.8: decimal comma, no thousands separator (a space would make it text); '' for NaN or infinity. */
export function frenchNumber(n: number): string {
	if (!Number.isFinite(n)) return '';
	// Object.is keeps « -0 » from printing as « -0 ».
	return String(Object.is(n, -0) ? 0 : n).replace('.', ',');
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP « CSV injection »): a
 * learner's name or a file name is typed by someone else, and « =HYPERLINK(…) » or
 * « +cmd|… » would run or send data when the organiser opens the file. A leading apostrophe
 * makes the spreadsheet show the text as typed. Tab and CR are on OWASP's list too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of one cell, before quoting. */
function cellText(cell: CsvCell): string {
	if (cell === null) return '';
	if (cell instanceof Date) return parisDay(cell);
	if (typeof cell === 'number') return frenchNumber(cell);
	if (ISO_TIMESTAMP.test(cell)) return parisDay(new Date(cell));
	// A calendar day has no time zone: it is written as it is, never shifted.
	const day = ISO_DAY.exec(cell);
	if (day) return `${day[3]}/${day[2]}/${day[1]}`;
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Quotes a cell when it holds a separator, a quote or a line break; inner quotes are doubled. */
function quote(text: string): string {
	return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV text of a table, for a French spreadsheet: BOM first, `;` between cells, CRLF after
 * every line, numbers with a decimal comma, ISO timestamps and Dates as « dd/mm/yyyy » (Europe/
 * Paris), null as an empty cell, text that would start a formula behind an apostrophe.
 */
export function toFrenchCsv(header: string[], rows: CsvCell[][]): string {
	const line = (cells: CsvCell[]) => cells.map((c) => quote(cellText(c))).join(SEPARATOR) + LINE_END;
	return BOM + line(header) + rows.map(line).join('');
}

/**
 * Reads CSV text written with `;` (as toFrenchCsv writes it): drops the BOM, accepts CRLF or LF,
 * quoted cells with doubled quotes, separators and line breaks inside. Cells come back as text,
 * exactly as written (the anti-formula apostrophe included). A final line end adds no row.
 */
export function parseFrenchCsv(text: string): string[][] {
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	const endRow = () => {
		endCell();
		rows.push(row);
		row = [];
	};
	while (i < src.length) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else cell += ch;
			i += 1;
			continue;
		}
		if (ch === '"' && cell === '') quoted = true;
		else if (ch === SEPARATOR) endCell();
		else if (ch === '\r' && src[i + 1] === '\n') {
			endRow();
			i += 1;
		} else if (ch === '\n') endRow();
		else cell += ch;
		i += 1;
	}
	// Text that does not end with a line end still has a last row.
	if (cell !== '' || row.length > 0 || quoted) endRow();
	return rows;
}

const VERDICT: Record<Verdict, string> = { valide: 'validé', 'non-valide': 'non validé', 'non-evalue': 'non évalué' };
const PRACTICE: Record<ObjectiveStatus, string> = { acquis: 'acquis', 'en-cours': 'en cours', 'non-commence': 'non commencé' };

/** A ratio to two decimals, as a number the spreadsheet can average (never « 2/3 », read as a date). */
const ratio = (r: { ratio: number } | null) => (r ? Math.round(r.ratio * 100) / 100 : null);

/**
 * The organiser's table as CSV: one line per learner; « avant » and « après » are the shares of
 * right answers (0–1) for the objective, « résultat » the verdict of the final evaluation,
 * « entraînement » the practice status; then time spent (minutes) and lessons completed.
 */
export function groupCsv(rows: LearnerRow[], objectives: { id: string; label: string }[]): string {
	const header = [
		'Apprenant',
		'Fichier',
		'Exporté le',
		...objectives.flatMap((o) => [`${o.label} — avant`, `${o.label} — après`, `${o.label} — résultat`, `${o.label} — entraînement`]),
		'Temps passé (min)',
		'Leçons terminées',
	];
	const lines = rows.map((r): CsvCell[] => [
		r.name,
		r.fileName,
		r.exportedAt,
		...objectives.flatMap((o): CsvCell[] => {
			const c = r.objectives.find((x) => x.id === o.id);
			return c ? [ratio(c.avant), ratio(c.apres), VERDICT[c.verdict], PRACTICE[c.practice.status]] : [null, null, VERDICT['non-evalue'], null];
		}),
		r.minutesSpent,
		r.lessonsCompleted,
	]);
	return toFrenchCsv(header, lines);
}
