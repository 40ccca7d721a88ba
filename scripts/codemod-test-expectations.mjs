// One-off (issue 17): the tests' expected French strings, typeset like the source they check.
// Only literals inside the arguments of expect(…) matchers change; inputs stay as typed.
// Run: npx node --experimental-strip-types scripts/codemod-test-expectations.mjs tests
// (--tables: test.each tables too; --queries: the names given to *ByRole queries only)
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
const { frenchTypography } = await import(new URL('../src/lib/typography.ts', import.meta.url).href);
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const ALL = process.argv.includes('--tables');
const QUERIES = process.argv.includes('--queries');
// Content, loader and schema tests read raw files and schemas: their strings stay as typed.
const SKIP_DIRS = /\/tests\/(content|loaders|schemas)\//;
const files = process.argv.slice(2).filter((a) => !a.startsWith('--')).flatMap((d) => walk(d)).filter((f) => /\.tsx?$/.test(f) && !/typography\.test\.ts$/.test(f) && !SKIP_DIRS.test('/' + f));
const MATCHERS = new Set(['toBe', 'toEqual', 'toStrictEqual', 'toContain', 'toThrow', 'toThrowError', 'toMatch', 'toHaveTextContent', 'toContainEqual', 'toMatchObject', 'toHaveProperty']);
const unescapeTs = (s) => s.replace(/\\u00a0/g, '\u00a0').replace(/\\u202f/g, '\u202f');
const escapeTs = (s) => s.replace(/\u00a0/g, '\\u00a0').replace(/\u202f/g, '\\u202f');
const LETTER = /\p{L}/u;
const LEADING = /^[ \u00a0]?[:;!?»]/;
const typesetAfterLetter = (t) => { const r = frenchTypography('a' + t); return r.startsWith('a') ? r.slice(1) : frenchTypography(t); };
let total = 0;
// As in the source (scripts/codemod-typography.mjs): spaces typed become unbreakable, none is inserted.
const keep = (raw, out) => (out.length === raw.length ? out : raw);

for (const file of files) {
	const src = readFileSync(file, 'utf8');
	const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const edits = [];
	const fix = (node) => {
		const start = node.getStart(sf);
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			const raw = src.slice(start + 1, node.end - 1);
			if (LETTER.test(raw)) {
				const cooked = unescapeTs(raw);
				const out = escapeTs(keep(cooked, LEADING.test(raw) ? typesetAfterLetter(cooked) : frenchTypography(cooked)));
				if (out !== raw) edits.push([start + 1, node.end - 1, out]);
			}
		} else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
			const close = ts.isTemplateTail(node) ? 1 : 2;
			const raw = src.slice(start + 1, node.end - close);
			if (LETTER.test(raw) || /[«»]|^ [:;!?]/.test(raw)) {
				const cooked = unescapeTs(raw);
				// A part after `${…}` starts mid-sentence: typeset it after a letter.
				const after = !ts.isTemplateHead(node) || LEADING.test(raw);
				const typeset = after ? frenchTypography('a' + cooked) : frenchTypography(cooked);
				const out = escapeTs(keep(cooked, after && typeset.startsWith('a') ? typeset.slice(1) : after ? frenchTypography(cooked) : typeset));
				if (out !== raw) edits.push([start + 1, node.end - close, out]);
			}
		} else if (ts.isRegularExpressionLiteral(node)) {
			const text = node.getText(sf);
			const body = text.slice(1, text.lastIndexOf('/'));
			// A space before French punctuation or inside guillemets may now be unbreakable.
			const out = body.replace(/ (?=[:;?!»%€]|\\\?)/g, '\\s').replace(/« /g, '«\\s');
			if (out !== body) edits.push([start + 1, start + 1 + body.length, out]);
		}
		ts.forEachChild(node, fix);
	};
	const visit = (node) => {
		if (!QUERIES && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MATCHERS.has(node.expression.name.text)) {
			node.arguments.forEach(fix);
		} else if (QUERIES && ts.isCallExpression(node) && /^(get|find|query)(All)?ByRole$/.test(ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText(sf))) {
			// Testing Library compares an accessible name exactly (its text queries collapse
			// spaces, these do not): the name the widget now gives has unbreakable spaces.
			const options = node.arguments[1];
			if (options && ts.isObjectLiteralExpression(options)) {
				for (const p of options.properties) if (ts.isPropertyAssignment(p) && ['name', 'description'].includes(p.name.getText(sf))) fix(p.initializer);
			}
		} else if (ALL && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'each') {
			// test.each tables: their expected messages sit beside the inputs.
			node.arguments.forEach(fix);
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	if (!edits.length) continue;
	let out = src;
	for (const [a, b, t] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + t + out.slice(b);
	writeFileSync(file, out);
	total += edits.length;
}
console.log(`${total} attentes typographiées`);
