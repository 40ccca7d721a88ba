/**
 * The quiz check of glossary terms (issue 17): a quiz's questions, options and feedback never
 * hold a glossary link or toggletip (components/mdx/Terme.astro), which would give the answer
 * away. After the build, every page is read for the elements that render a quiz and for terms
 * inside them.
 */

/** Classes of the elements that render a quiz: the block at the end of a lesson (QuizBlock), the
 *  quiz island (also a practice exercise's), its printed questions and answers (PrintedQuiz), and
 *  a projected question (QuizDiapos). */
export const QUIZ_CLASSES = ['quiz-block', 'quiz', 'printed-quiz', 'printed-answers', 'slide-quiz'] as const;

/** A glossary term found inside a quiz. */
export interface QuizTerm {
	/** The glossary id, from the link to the glossary. */
	termId: string;
	/** The class of the innermost quiz element holding it. */
	quizClass: string;
	/** A link with its toggletip (true) or a plain glossary link. */
	tip: boolean;
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

function attribute(attrs: string, name: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
	return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

function classesOf(attrs: string): string[] {
	return (attribute(attrs, 'class') ?? '').split(/\s+/).filter(Boolean);
}

/** The glossary id a term's link names, or undefined when the element is not a term's link
 *  (a toggletip always follows its link). */
function termOf(name: string, attrs: string): { termId: string; tip: boolean } | undefined {
	if (name === 'a' && classesOf(attrs).includes('term')) {
		const hash = /#(.*)$/.exec(attribute(attrs, 'href') ?? '');
		return { termId: hash?.[1] ? decodeURIComponent(hash[1]) : '?', tip: attribute(attrs, 'interestfor') !== undefined };
	}
	return undefined;
}

/** Every glossary term (link or toggletip) inside an element that renders a quiz, in page order. */
export function termsInQuizzes(html: string): QuizTerm[] {
	const stack: { name: string; quizClass?: string }[] = [];
	const found: QuizTerm[] = [];
	for (const m of html.matchAll(TAG)) {
		if (m[2] === undefined) continue; // a comment
		const name = m[2].toLowerCase();
		const attrs = m[3] ?? '';
		if (m[1] === '/') {
			const at = stack.map((e) => e.name).lastIndexOf(name);
			if (at !== -1) stack.splice(at); // a stray end tag is ignored, as a browser would
			continue;
		}
		const quizClass = classesOf(attrs).find((c) => (QUIZ_CLASSES as readonly string[]).includes(c));
		const inside = stack.findLast((e) => e.quizClass)?.quizClass;
		const term = termOf(name, attrs);
		if (term && inside) found.push({ ...term, quizClass: inside });
		if (!VOID.has(name) && !/\/\s*$/.test(attrs)) stack.push({ name, quizClass });
	}
	return found;
}

/** Ids given to more than one toggletip of a page (a lesson's MDX rendered twice would do it). */
export function repeatedTipIds(html: string): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const m of html.matchAll(TAG)) {
		if (m[1] === '/' || m[2] === undefined || !classesOf(m[3] ?? '').includes('term-tip')) continue;
		const id = attribute(m[3] ?? '', 'id') ?? '';
		if (seen.has(id)) repeated.add(id);
		seen.add(id);
	}
	return [...repeated];
}

/** The lesson file a page is made from (a lesson, its projection, its presenter view), if any. */
export function lessonFileOf(path: string): string | undefined {
	const m = /^\/(?:lecons|projection|presentateur)\/([^/]+)\/$/.exec(path);
	return m ? `content/lessons/${m[1]}.mdx` : undefined;
}

/**
 * The build's message: one line per term in a quiz, and per toggletip id given twice in a page,
 * naming the lesson file (else the page).
 */
export function quizTermProblems(pages: { path: string; html: string }[]): string[] {
	const problems: string[] = [];
	for (const page of pages) {
		const lesson = lessonFileOf(page.path);
		const where = lesson ? `${lesson} (page ${page.path})` : page.path;
		for (const t of termsInQuizzes(page.html)) {
			const what = t.tip ? `l’infobulle du terme « ${t.termId} »` : `le lien de glossaire « ${t.termId} »`;
			problems.push(`${where} : ${what} est dans un quiz (.${t.quizClass}) ; questions, options et corrections n’ont ni infobulle ni lien de glossaire`);
		}
		for (const id of repeatedTipIds(page.html)) problems.push(`${where} : deux infobulles portent l’id « ${id} »`);
	}
	return problems;
}
