import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultSettings, formatClock, formatDuration, parseClock, schedule, scheduleSummary, START_LIMITS, toClockValue, type AgendaBlock, type AgendaVariant } from '../../lib/agenda';
import {
	$agendaChoice,
	$agendaMessage,
	$agendaSettings,
	addAgendaBreak,
	initAgenda,
	removeAgendaBreak,
	resetAgenda,
	setAgendaChoice,
	setAgendaOverrun,
	setAgendaStart,
	updateAgendaBreak,
} from '../../stores/agenda';
import { adoptServerInputs } from '../kit/adopt-inputs';
import ErrorSummary from '../kit/ErrorSummary';
import Field from '../kit/Field';
import LiveRegion from '../kit/LiveRegion';
import AgendaTable, { type AgendaEvaluations, type AgendaLesson } from './AgendaTable';

interface Props {
	variants: AgendaVariant[];
	lessons: Record<string, AgendaLesson>;
	evaluations: AgendaEvaluations;
}

const START_ID = 'agenda-debut';
const ADD_ID = 'agenda-ajouter-pause';

/** « 20 » → 20, « -10 » or « −10 » → −10, « » → null (as planned); anything else → undefined. */
function parseOverrun(text: string): number | null | undefined {
	const t = text.trim().replace('−', '-');
	if (t === '') return null;
	return /^[+-]?\d{1,3}$/.test(t) ? Number(t) : undefined;
}

/**
 * The trainer's day: variant, start time, breaks and overruns, and the computed table. Renders
 * the first variant's default day on the server; the trainer's saved settings replace it once
 * hydrated (client:load), and anything typed before that is replayed, not lost.
 */
export default function AgendaPlanner({ variants, lessons, evaluations }: Props) {
	const choice = useStore($agendaChoice);
	const allSettings = useStore($agendaSettings);
	const message = useStore($agendaMessage);
	const variant = variants.find((v) => v.id === choice) ?? (variants[0] as AgendaVariant);
	const settings = allSettings[variant.id] ?? defaultSettings(variant);
	const day = schedule(variant, settings);
	const summary = scheduleSummary(day);

	// The time field is left to the browser while it has focus: setting its value between two
	// typed digits would restart the segment being typed (« 0930 » would end as « 09:03 »).
	const startInput = useRef<HTMLInputElement>(null);
	const [startError, setStartError] = useState<string | null>(null);
	const [showSummary, setShowSummary] = useState(false);
	const [overrunText, setOverrunText] = useState<Record<string, string>>({});
	const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
	const [announce, setAnnounce] = useState('');
	const summaryRef = useRef<HTMLDivElement>(null);
	const root = useRef<HTMLDivElement>(null);
	// In state, not a ref: Preact runs an earlier render's pending effect at the start of the next
	// render, and a ref read there would look for the new break before it exists and drop the request.
	const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);
	const requestFocus = (id: string) => setFocusRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }));
	/** Bumped on each refused start time: the summary takes focus once it is on screen. */
	const [summaryFocus, setSummaryFocus] = useState(0);

	useEffect(() => {
		// Typed before hydration: noted before the saved settings re-render the inputs, replayed after.
		const early = root.current;
		initAgenda(variants);
		void adoptServerInputs(early);
	}, []);

	// What the store has to say (data reset on load, storage refused later) is announced as well as shown.
	useEffect(() => {
		if (message) setAnnounce(message);
	}, [message]);

	// The start field follows the variant and the saved settings, unless it is being typed in or shows an error to fix.
	useEffect(() => {
		const input = startInput.current;
		if (input && !startError && document.activeElement !== input) input.value = toClockValue(settings.start);
	}, [variant.id, settings.start, startError]);

	useEffect(() => {
		setOverrunText({});
		setFieldErrors({});
	}, [variant.id]);

	// Focus moves once the element it goes to has been rendered (a new break, the « Ajouter » button).
	useEffect(() => {
		if (focusRequest) document.getElementById(focusRequest.id)?.focus();
	}, [focusRequest]);

	useEffect(() => {
		if (summaryFocus > 0) summaryRef.current?.focus();
	}, [summaryFocus]);

	const blockTitle = (id: string) => variant.blocks.find((b) => b.id === id)?.title ?? id;
	const after = (text: string) => {
		const next = scheduleSummary(schedule(variant, $agendaSettings.get()[variant.id] ?? settings));
		setAnnounce(`${text} ${next.planned}.${next.actual ? ` ${next.actual}.` : ''}`);
	};
	const fieldError = (key: string, error: string | null) =>
		setFieldErrors((all) => {
			const { [key]: _old, ...rest } = all;
			return error ? { ...rest, [key]: error } : rest;
		});

	const applyStart = (text: string, submitted: boolean) => {
		const minutes = parseClock(text);
		const inRange = minutes !== null && minutes >= START_LIMITS.min && minutes <= START_LIMITS.max;
		if (!submitted && !inRange) return;
		const error = setAgendaStart(variant.id, minutes);
		setStartError(error);
		setShowSummary(Boolean(error));
		if (error) {
			setAnnounce(error);
			setSummaryFocus((n) => n + 1);
			return;
		}
		after(`Début à ${formatClock(minutes ?? 0)}.`);
	};

	const addBreak = () => {
		// The new break goes after the first block that has none yet (never after the last one).
		const taken = new Set(settings.breaks.map((b) => b.afterBlock));
		const target = variant.blocks.slice(0, -1).find((b) => !taken.has(b.id)) ?? variant.blocks[0];
		if (!target) return;
		addAgendaBreak(variant.id, target.id);
		requestFocus(`agenda-pause-${settings.breaks.length}-bloc`);
		after(`Pause de 10\u00a0min ajoutée après «\u00a0${target.title}\u00a0»\u00a0: choisissez le bloc qu’elle suit et sa durée.`);
	};

	const overrunControl = (block: AgendaBlock) => {
		const id = `agenda-ecart-${block.id}`;
		const error = fieldErrors[`ecart-${block.id}`];
		const saved = settings.overruns[block.id];
		return (
			<div class={error ? 'agenda-overrun field-invalid' : 'agenda-overrun'}>
				<label class="visually-hidden" for={id}>
					Écart constaté pour «&nbsp;{block.title}&nbsp;», en minutes (négatif si le bloc a fini en avance)
				</label>
				<input
					id={id}
					type="text"
					inputMode="numeric"
					size={4}
					value={overrunText[block.id] ?? (saved ? String(saved) : '')}
					aria-invalid={error ? true : undefined}
					aria-describedby={error ? `${id}-erreur` : undefined}
					onInput={(e) => {
						const text = (e.currentTarget as HTMLInputElement).value;
						setOverrunText((all) => ({ ...all, [block.id]: text }));
						const minutes = parseOverrun(text);
						const refused = minutes === undefined ? 'Nombre entier de minutes attendu, par exemple 15 ou -10.' : setAgendaOverrun(variant.id, block.id, minutes);
						fieldError(`ecart-${block.id}`, refused);
					}}
					onChange={(e) => {
						const minutes = parseOverrun((e.currentTarget as HTMLInputElement).value);
						if (minutes === undefined) return setAnnounce(`Écart de « ${block.title} » : nombre entier de minutes attendu.`);
						after(minutes ? `Écart de ${minutes > 0 ? '+' : ''}${minutes}\u00a0min enregistré pour « ${block.title} ».` : `Aucun écart pour « ${block.title} ».`);
					}}
				/>
				{error ? (
					<p id={`${id}-erreur`} class="field-errors">
						<span class="visually-hidden">Erreur&nbsp;: </span>✗ {error}
					</p>
				) : null}
			</div>
		);
	};

	const breaks = settings.breaks
		.map((b, index) => ({ ...b, index }))
		.sort((a, b) => variant.blocks.findIndex((x) => x.id === a.afterBlock) - variant.blocks.findIndex((x) => x.id === b.afterBlock) || a.index - b.index);

	return (
		<div class="agenda" ref={root}>
			<section class="agenda-controls" aria-labelledby="agenda-reglages-titre">
				<h2 id="agenda-reglages-titre">Réglages de la journée</h2>
				{message ? <p class="notice agenda-message">{message}</p> : null}
				<fieldset class="agenda-variants">
					<legend>Type de session</legend>
					{variants.map((v) => (
						<label key={v.id} class="choice">
							<input
								type="radio"
								name="agenda-variante"
								value={v.id}
								checked={v.id === variant.id}
								onChange={() => {
									setAgendaChoice(v.id);
									setStartError(null);
									setShowSummary(false);
									after(`${v.label} choisie.`);
								}}
							/>{' '}
							{v.label}
						</label>
					))}
				</fieldset>
				{variant.plannedEndNote ? <p class="question-hint">{variant.plannedEndNote}</p> : null}

				<form
					class="agenda-start"
					noValidate
					onSubmit={(e) => {
						e.preventDefault();
						applyStart(startInput.current?.value ?? '', true);
					}}
				>
					{showSummary && startError ? <ErrorSummary uid="agenda" errors={[{ key: 'debut', message: startError, target: START_ID }]} summaryRef={summaryRef} /> : null}
					<Field
						id={START_ID}
						label="Heure de début de la journée"
						hint={`Entre ${formatClock(START_LIMITS.min)} et ${formatClock(START_LIMITS.max)}, au format HH:MM. Les horaires se recalculent dès que l’heure est valide.`}
						error={startError ?? undefined}
						variant="agenda-field"
						control={(p) => (
							<span class="agenda-start-row">
								<input
									{...p}
									type="time"
									step={300}
									ref={startInput}
									defaultValue={toClockValue(settings.start)}
									onInput={(e) => applyStart((e.currentTarget as HTMLInputElement).value, false)}
								/>
								<button type="submit" class="btn btn-secondary">
									Appliquer l’heure
								</button>
							</span>
						)}
					/>
				</form>

				<fieldset class="agenda-breaks">
					<legend>Pauses</legend>
					{breaks.length === 0 ? <p>Aucune pause prévue.</p> : null}
					<ul>
						{breaks.map((b) => {
							const selectId = `agenda-pause-${b.index}-bloc`;
							const minutesId = `agenda-pause-${b.index}-min`;
							const error = fieldErrors[`pause-${b.index}`];
							return (
								<li key={`${b.index}-${b.label}`} class={error ? 'agenda-break-item field-invalid' : 'agenda-break-item'}>
									<span class="agenda-break-name">{b.label}</span>
									<span class="agenda-break-field">
										<label for={selectId}>
											Après le bloc<span class="visually-hidden"> ({b.label})</span>
										</label>
										<select
											id={selectId}
											value={b.afterBlock}
											onChange={(e) => {
												const afterBlock = (e.currentTarget as HTMLSelectElement).value;
												updateAgendaBreak(variant.id, b.index, { afterBlock });
												after(`« ${b.label} » placée après « ${blockTitle(afterBlock)} ».`);
											}}
										>
											{variant.blocks.map((block) => (
												<option key={block.id} value={block.id}>
													{block.title}
												</option>
											))}
										</select>
									</span>
									<span class="agenda-break-field">
										<label for={minutesId}>
											Durée (min)<span class="visually-hidden"> de «&nbsp;{b.label}&nbsp;»</span>
										</label>
										<input
											id={minutesId}
											type="text"
											inputMode="numeric"
											size={4}
											value={String(b.minutes)}
											aria-invalid={error ? true : undefined}
											aria-describedby={error ? `${minutesId}-erreur` : undefined}
											onInput={(e) => {
												const text = (e.currentTarget as HTMLInputElement).value.trim();
												const refused = /^\d{1,3}$/.test(text) ? updateAgendaBreak(variant.id, b.index, { minutes: Number(text) }) : 'Durée en minutes attendue, entre 1 et 180.';
												fieldError(`pause-${b.index}`, refused);
											}}
											onChange={() => after(`« ${b.label} » : ${formatDuration(($agendaSettings.get()[variant.id] ?? settings).breaks[b.index]?.minutes ?? b.minutes)}.`)}
										/>
									</span>
									<button
										type="button"
										class="btn-small"
										onClick={() => {
											removeAgendaBreak(variant.id, b.index);
											fieldError(`pause-${b.index}`, null);
											requestFocus(ADD_ID);
											after(`« ${b.label} » retirée.`);
										}}
									>
										Retirer<span class="visually-hidden"> «&nbsp;{b.label}&nbsp;» après «&nbsp;{blockTitle(b.afterBlock)}&nbsp;»</span>
									</button>
									{error ? (
										<p id={`${minutesId}-erreur`} class="field-errors">
											<span class="visually-hidden">Erreur&nbsp;: </span>✗ {error}
										</p>
									) : null}
								</li>
							);
						})}
					</ul>
					<p class="agenda-actions">
						<button type="button" id={ADD_ID} class="btn btn-secondary" onClick={addBreak}>
							Ajouter une pause
						</button>
						<button
							type="button"
							class="btn btn-secondary"
							onClick={() => {
								resetAgenda(variant.id);
								setOverrunText({});
								setFieldErrors({});
								setStartError(null);
								setShowSummary(false);
								after(`${variant.label}\u00a0: heure de début, pauses et écarts par défaut rétablis.`);
							}}
						>
							Rétablir le programme par défaut
						</button>
					</p>
				</fieldset>
			</section>

			<section class="agenda-day" aria-labelledby="agenda-jour-titre">
				<h2 id="agenda-jour-titre">Programme&nbsp;: {variant.label}</h2>
				<div class="agenda-summary">
					<p>
						<strong>{summary.planned}</strong>
					</p>
					{summary.actual ? <p class={day.end > day.plannedEnd ? 'agenda-late' : undefined}>{summary.actual}</p> : null}
				</div>
				<p class="agenda-howto">
					Pendant la journée, notez dans «&nbsp;Écart constaté&nbsp;» les minutes prises en plus par un bloc (ou, avec un signe moins, celles gagnées)&nbsp;: les horaires suivants se
					décalent, les pauses gardent leur durée.
				</p>
				<AgendaTable variant={variant} day={day} lessons={lessons} evaluations={evaluations} overrunControl={overrunControl} />
			</section>
			<LiveRegion text={announce} />
		</div>
	);
}
