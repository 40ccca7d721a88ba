// One-off: typesets the French words written in widgets' and libs' source (issue 17).
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
// Run: npx node --experimental-strip-types scripts/codemod-typography.mjs src/widgets src/lib src/stores src/scripts
const { frenchTypography } = await import(new URL('../src/lib/typography.ts', import.meta.url).href);
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = process.argv.slice(2).flatMap((d) => walk(d)).filter((f) => /\.(tsx?)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('typography.ts'));
const FRENCH = /[\p{L}]/u;
// A string that starts with « : » or « ; » is glued after another (`where(x) + ' : inconnu'`): mid-sentence.
const LEADING = /^[ \u00a0]?[:;!?»]/;
const unescapeTs = (s) => s.replace(/\\u00a0/g, '\u00a0').replace(/\\u202f/g, '\u202f');
const escapeTs = (s) => s.replace(/\u00a0/g, '\\u00a0').replace(/\u202f/g, '\\u202f');
const unescapeJsx = (s) => s.replace(/&nbsp;/g, '\u00a0').replace(/&#8239;/g, '\u202f');
const escapeJsx = (s) => s.replace(/\u00a0/g, '&nbsp;').replace(/\u202f/g, '&#8239;');
const withContext = (raw, after) => {
	// A literal part that follows `${…}` starts mid-sentence: see it after a letter.
	if (!after) return frenchTypography(raw);
	const r = frenchTypography('a' + raw);
	return r.startsWith('a') ? r.slice(1) : frenchTypography(raw);
};
let changedFiles = 0, changes = 0;
const skipped = [];
// Source is typeset conservatively: spaces already typed become unbreakable, nothing is inserted.
// « graine: » or « contenu: » are prefixes of identifiers, not French prose.
const sameLength = (raw, out, where) => {
	if (out.length === raw.length) return out;
	skipped.push(`${where} « ${raw.slice(0, 60)} »`);
	return raw;
};
for (const file of files) {
	const src = readFileSync(file, 'utf8');
	const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const edits = [];
	const visit = (node) => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
		// Attribute values other than visible text: class, id, href, style, key…
		if (ts.isJsxAttribute(node)) {
			const name = node.name.getText(sf);
			if (!['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description'].includes(name)) return;
		}
		if (ts.isElementAccessExpression(node) || ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) { /* keys stay */ }
		const start = node.getStart(sf);
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			const raw = src.slice(start + 1, node.end - 1);
			if (FRENCH.test(raw) && !/^[\w-]+$/.test(raw) && !/^[\s\d.\-+a-z%()]*$/.test(raw)) {
				const cooked = unescapeTs(raw);
				const out = escapeTs(sameLength(cooked, withContext(cooked, LEADING.test(raw)), file));
				if (out !== raw) edits.push([start + 1, node.end - 1, out]);
			}
		} else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
			const open = ts.isTemplateHead(node) ? 1 : 1; // ` or }
			const close = ts.isTemplateTail(node) ? 1 : 2; // ` or ${
			const raw = src.slice(start + open, node.end - close);
			// Words, guillemets or a spaced sign only: « ${h}:${m} » or « ${key}:${value} » are not French punctuation.
			if (!FRENCH.test(raw) && !/[«»]|^ [:;!?]/.test(raw)) { ts.forEachChild(node, visit); return; }
			const cooked = unescapeTs(raw);
			const out = escapeTs(sameLength(cooked, withContext(cooked, !ts.isTemplateHead(node) || LEADING.test(raw)), file));
			if (out !== raw) edits.push([start + open, node.end - close, out]);
		} else if (ts.isJsxText(node)) {
			const raw = src.slice(node.pos, node.end);
			const prev = node.parent.getChildren ? null : null;
			const cooked = unescapeJsx(raw);
			const out = escapeJsx(sameLength(cooked, withContext(cooked, /^[ \t]*[:;!?»%€]/.test(raw)), file));
			if (out !== raw) edits.push([node.pos, node.end, out]);
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	if (!edits.length) continue;
	let out = src;
	for (const [a, b, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + text + out.slice(b);
	writeFileSync(file, out);
	changedFiles += 1; changes += edits.length;
}
console.log(`${changes} littéraux dans ${changedFiles} fichiers ; laissés tels quels (il faudrait insérer une espace) :\n${skipped.join('\n')}`);
