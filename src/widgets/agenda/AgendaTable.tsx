import type { JSX } from 'preact';
import { formatClock, formatDuration, practiceShare, type AgendaBlock, type AgendaVariant, type Schedule, type ScheduledBlock } from '../../lib/agenda';
import { presenterHref, projectionHref } from '../../lib/url';

/** What the agenda shows of a lesson: its number, title, page, and its sections' titles. */
export interface AgendaLesson {
	number: number;
	title: string;
	href: string;
	sections: Record<string, string>;
}

/** The two evaluations the opening and closing blocks link to. */
export type AgendaEvaluations = Record<'positionnement' | 'finale', { title: string; href: string }>;

interface Props {
	variant: AgendaVariant;
	day: Schedule;
	lessons: Record<string, AgendaLesson>;
	evaluations: AgendaEvaluations;
	/** The « Écart constaté » control of a block (the island's); the column is screen-only. */
	overrunControl: (block: AgendaBlock) => JSX.Element;
}

const range = (start: number, end: number) => `${formatClock(start)} – ${formatClock(end)}`;

function BlockContent({ block, lessons, evaluations }: { block: AgendaBlock; lessons: Record<string, AgendaLesson>; evaluations: AgendaEvaluations }) {
	const evaluation = block.evaluation ? evaluations[block.evaluation] : null;
	return (
		<>
			{evaluation ? (
				<p class="agenda-evaluation">
					<a href={evaluation.href}>{evaluation.title}</a>
				</p>
			) : null}
			{block.content.length > 0 ? (
				<ul class="agenda-lessons">
					{block.content.map((item) => {
						const lesson = lessons[item.lesson];
						if (!lesson) return null;
						const first = item.sections?.[0];
						return (
							<li key={item.lesson}>
								<a href={lesson.href}>
									<span class="agenda-lesson-number">Leçon {lesson.number}</span>
									<span class="agenda-lesson-title"> — {lesson.title}</span>
								</a>
								{item.sections ? <span class="agenda-sections"> (sections&nbsp;: {item.sections.map((s) => `«\u00a0${lesson.sections[s] ?? s}\u00a0»`).join(', ')})</span> : null}
								<span class="agenda-links">
									<a href={projectionHref(item.lesson, first)}>
										Projeter<span class="visually-hidden"> la leçon {lesson.number}</span>
									</a>
									<a href={presenterHref(item.lesson, first)}>
										Vue présentateur<span class="visually-hidden"> de la leçon {lesson.number}</span>
									</a>
								</span>
							</li>
						);
					})}
				</ul>
			) : null}
			<p class="agenda-activity">{block.activity}</p>
		</>
	);
}

function BlockTime({ item }: { item: ScheduledBlock }) {
	const moved = item.start !== item.plannedStart || item.end !== item.plannedEnd;
	return (
		<>
			<span class="agenda-clock">{range(item.start, item.end)}</span>
			{moved ? <span class="agenda-planned">prévu {range(item.plannedStart, item.plannedEnd)}</span> : null}
		</>
	);
}

/**
 * The day as a table: clock times, blocks and breaks, theory / practice, content with its
 * lesson, projection and presenter links. Server-rendered with the default day, so that it reads
 * and prints without JavaScript.
 */
export default function AgendaTable({ variant, day, lessons, evaluations, overrunControl }: Props) {
	const blocks = new Map(variant.blocks.map((b) => [b.id, b]));
	const total = variant.blocks.reduce((sum, b) => sum + b.minutes, 0);
	const practice = variant.blocks.reduce((sum, b) => sum + b.practiceMinutes, 0);
	return (
		<div class="table-wrap agenda-table-wrap" role="region" aria-labelledby="agenda-legende" tabIndex={0}>
			<table class="agenda-table" id="agenda-tableau">
				<caption id="agenda-legende">
					{variant.label}&nbsp;: début à {formatClock(day.items[0]?.start ?? 0)}, fin prévue à {formatClock(day.plannedEnd)}
					<span class="agenda-caption-detail">
						{' '}
						— {formatDuration(total)} de formation, dont {formatDuration(practice)} de pratique ({Math.round(practiceShare(variant.blocks) * 100)}&nbsp;%)
					</span>
				</caption>
				<thead>
					<tr>
						<th scope="col">Horaire</th>
						<th scope="col">Bloc</th>
						<th scope="col">Durée</th>
						<th scope="col">Théorie / pratique</th>
						<th scope="col">Contenu</th>
						<th scope="col" class="agenda-overrun-col">
							Écart constaté (min)
						</th>
					</tr>
				</thead>
				<tbody>
					{day.items.map((item, i) => {
						if (item.kind === 'break') {
							return (
								<tr key={`pause-${i}`} class="agenda-break">
									<td data-label="Horaire">{range(item.start, item.end)}</td>
									<th scope="row">{item.label}</th>
									<td data-label="Durée">{formatDuration(item.minutes)}</td>
									<td colSpan={2} class="agenda-empty" />
									<td class="agenda-overrun-col" />
								</tr>
							);
						}
						const block = blocks.get(item.id);
						if (!block) return null;
						return (
							<tr key={item.id} data-block={item.id} class={item.late > 0 ? 'agenda-row-late' : undefined}>
								<td data-label="Horaire">
									<BlockTime item={item} />
								</td>
								<th scope="row">
									<span class="agenda-sequence">{block.sequence ? `Séquence ${block.sequence}` : block.evaluation === 'positionnement' ? 'Ouverture' : 'Clôture'}</span>
									<span class="agenda-block-title">{block.title}</span>
									{item.end - item.start !== block.minutes ? (
										<span class="agenda-overrun-note">
											Écart constaté&nbsp;: {item.end - item.start > block.minutes ? '+' : ''}
											{formatDuration(item.end - item.start - block.minutes)}
										</span>
									) : null}
									{item.late > 0 ? <strong class="agenda-late">En retard&nbsp;: {formatDuration(item.late)} après la fin prévue</strong> : null}
								</th>
								<td data-label="Durée">{formatDuration(block.minutes)}</td>
								<td data-label="Théorie / pratique">
									{formatDuration(block.theoryMinutes)} / {formatDuration(block.practiceMinutes)}
								</td>
								<td data-label="Contenu">
									<BlockContent block={block} lessons={lessons} evaluations={evaluations} />
								</td>
								<td class="agenda-overrun-col" data-label="Écart constaté (min)">
									{overrunControl(block)}
								</td>
							</tr>
						);
					})}
				</tbody>
			</table>
		</div>
	);
}
