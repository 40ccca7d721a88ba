import { useEffect, useRef, useState } from 'preact/hooks';
import { loadPagefind, type PagefindResult } from '../../scripts/search-pagefind';
import { FAILED_MESSAGE, resultsMessage, toResultView, type SearchResultView } from '../../scripts/search-results';

interface Props {
	/** href(''): the site's root; in an LMS package, a file relative to the page. */
	siteRoot: string;
}

/** Results listed at once; « Afficher … de plus » adds as many (each costs a request). */
const PAGE_SIZE = 10;

interface Found {
	results: PagefindResult[];
	views: SearchResultView[];
}

const viewsOf = async (results: PagefindResult[]) => (await Promise.all(results.map((r) => r.data()))).map(toResultView);
const plural = (n: number) => (n > 1 ? 's' : '');

/** Following a result closes the dialog: one on this very page only scrolls, under it. */
function closeDialog(event: MouseEvent) {
	(event.currentTarget as HTMLElement).closest('dialog')?.close();
}

/** A glossary term, or a lesson's title and the links to its best sections. */
function Result({ view }: { view: SearchResultView }) {
	return (
		<li class={`search-result search-result-${view.kind}`}>
			{view.kind === 'lecon' ? <h3 class="search-lesson">{view.title}</h3> : null}
			<ul class="search-links">
				{view.links.map((link) => (
					<li class="search-link" key={link.href}>
						<a href={link.href} onClick={closeDialog}>
							{link.label}
						</a>
						{/* Pagefind's excerpt: the page's text, escaped by Pagefind, the words found in <mark>. */}
						<p class="search-excerpt" dangerouslySetInnerHTML={{ __html: link.excerpt }} />
					</li>
				))}
			</ul>
		</li>
	);
}

/**
 * The search dialog's field, live region and results (issue 17), in the header's dialog
 * (SearchDialog.astro). It hydrates `client:visible`, that is when the dialog first opens: its
 * code and Pagefind load then, never for a page that is only read. It searches as the learner
 * types and says how many results in the live region, focus staying in the field.
 */
export default function SearchPanel({ siteRoot }: Props) {
	const field = useRef<HTMLInputElement>(null);
	const list = useRef<HTMLOListElement>(null);
	const latest = useRef(0);
	const firstAdded = useRef<number | null>(null);
	const [found, setFound] = useState<Found | null>(null);
	const [status, setStatus] = useState('');
	const said = useRef('');
	const say = (text: string) => {
		said.current = text;
		setStatus(text);
	};
	const root = () => new URL('./', new URL(siteRoot, location.href)).href;

	async function search(query: string) {
		const ticket = ++latest.current;
		if (query === '') {
			setFound(null);
			say('');
			return;
		}
		try {
			const answer = await (await loadPagefind(root())).debouncedSearch(query, {}, 250);
			if (answer === null || ticket !== latest.current) return;
			const views = await viewsOf(answer.results.slice(0, PAGE_SIZE));
			if (ticket !== latest.current) return;
			setFound({ results: answer.results, views });
			say(resultsMessage(answer.results.length, query));
		} catch {
			if (ticket !== latest.current) return;
			setFound(null);
			say(FAILED_MESSAGE);
		}
	}

	async function showMore() {
		if (!found) return;
		const ticket = latest.current;
		const shown = found.views.length;
		const more = await viewsOf(found.results.slice(shown, shown + PAGE_SIZE));
		if (ticket !== latest.current) return;
		firstAdded.current = shown;
		setFound({ ...found, views: [...found.views, ...more] });
	}

	// After « Afficher … de plus », the focus goes to the first result added.
	useEffect(() => {
		if (firstAdded.current === null) return;
		list.current?.children[firstAdded.current]?.querySelector('a')?.focus();
		firstAdded.current = null;
	}, [found]);

	useEffect(() => {
		const dialog = field.current?.closest('dialog');
		const prepare = () => {
			const typed = field.current?.value.trim() ?? '';
			// Words typed before hydration are searched; otherwise Pagefind loads while the learner types.
			if (typed !== '') void search(typed);
			else loadPagefind(root()).catch(() => say(FAILED_MESSAGE));
		};
		// Each opening after a failed load tries again (the message, cleared, is announced anew).
		const retry = () => {
			if (!dialog?.open || said.current !== FAILED_MESSAGE) return;
			say('');
			prepare();
		};
		prepare();
		dialog?.addEventListener('toggle', retry);
		return () => dialog?.removeEventListener('toggle', retry);
	}, []);

	const left = found ? found.results.length - found.views.length : 0;
	const next = Math.min(left, PAGE_SIZE);
	return (
		<div class="search-panel">
			<div role="search">
				<label for="recherche-champ">Mots à chercher dans les leçons et le glossaire</label>
				{/* Not type="search": there, Escape first empties the field; here it closes the dialog. */}
				<input
					ref={field}
					id="recherche-champ"
					type="text"
					autofocus
					autocomplete="off"
					spellcheck={false}
					enterkeyhint="search"
					aria-describedby="recherche-aide"
					onInput={(event) => void search(event.currentTarget.value.trim())}
				/>
				<p id="recherche-aide" class="search-hint">
					Par exemple{'\u00a0'}: code service, à recycler, intérêts moratoires.
				</p>
			</div>
			<p role="status" class="search-status">
				{status}
			</p>
			<div class="search-results">
				{found && found.views.length > 0 ? (
					<ol class="search-list" ref={list}>
						{found.views.map((view) => (
							<Result key={view.links[0]?.href ?? view.title} view={view} />
						))}
					</ol>
				) : null}
				{left > 0 ? (
					<button type="button" class="btn btn-secondary search-more" onClick={() => void showMore()}>
						{`Afficher ${next} résultat${plural(next)} de plus (${left} restant${plural(left)})`}
					</button>
				) : null}
			</div>
		</div>
	);
}
