// Issue 17 (branch, not wired into `npm run build` yet): the French full-text index of the lessons,
// by Pagefind's Node API, written to dist/pagefind/. A lesson's section results come from its
// headings' ids; the glossary's terms are records of their own (#term-id).
import { readFileSync, readdirSync } from 'node:fs';
import * as pagefind from 'pagefind';

const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
const lessons = await index.addDirectory({ path: 'dist', glob: 'lecons/*/index.html' });
if (lessons.errors.length) throw new Error(`Index de recherche : ${lessons.errors.join(' ; ')}`);
let terms = 0;
for (const file of readdirSync('content/glossary').filter((f) => f.endsWith('.json'))) {
	for (const t of JSON.parse(readFileSync(`content/glossary/${file}`, 'utf-8'))) {
		await index.addCustomRecord({ url: `/glossaire/#${t.id}`, content: `${t.term}. ${t.definition}`, language: 'fr', meta: { title: `Glossaire : ${t.term}` } });
		terms += 1;
	}
}
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
console.log(`Recherche : ${lessons.page_count} leçons et ${terms} termes du glossaire indexés.`);
