import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { isoToDay } from '../../lib/reform-calendar';
import { useEarlyInputs } from '../kit/adopt-inputs';
import Field from '../kit/Field';

interface Props {
	uid: string;
	/** The device's date (or the build date until the island has started). */
	deviceToday: string;
	/** The date set by the trainer, or null to follow the device. */
	override: string | null;
	onChange: (date: string | null) => void;
	announce: (text: string) => void;
}

/**
 * « Date du jour (formateur) »: lets a trainer show the calendar as it will be (or was) on
 * another day; « Revenir à aujourd’hui » goes back to the device's date.
 */
export default function TodayControl({ uid, deviceToday, override, onChange, announce }: Props) {
	// What is typed may be incomplete for a while: keep it apart from the date in use.
	const [typed, setTyped] = useState<string | null>(null);
	const shown = typed ?? override ?? deviceToday;
	const error = typed !== null && isoToDay(typed) === null ? `Saisissez une date complète\u202f; en attendant, le calendrier reste au ${formatDate(override ?? deviceToday)}.` : undefined;
	const id = `${uid}-date-du-jour`;
	// A date typed before the island starts is taken too (the trainer may be quick).
	const root = useEarlyInputs();

	return (
		<div ref={root} class="reform-today-control">
			<Field variant="reform-field"
				id={id}
				label="Date du jour (formateur)"
				error={error}
				hint={`Par défaut, la date de votre appareil (${formatDate(deviceToday)}). Un formateur peut en choisir une autre pour montrer le calendrier à cette date : tout est recalculé.`}
				control={(p) => (
					<input
						{...p}
						type="date"
						value={shown}
						onInput={(e) => {
							const next = (e.currentTarget as HTMLInputElement).value;
							if (isoToDay(next) === null) {
								setTyped(next);
								return;
							}
							setTyped(null);
							onChange(next);
							announce(`Date du jour fixée au ${formatDate(next)}\u00a0: le calendrier est recalculé.`);
						}}
					/>
				)}
			/>
			<button
				type="button"
				class="btn btn-secondary btn-small"
				onClick={() => {
					setTyped(null);
					onChange(null);
					announce(`Retour à la date de votre appareil\u00a0: ${formatDate(deviceToday)}.`);
				}}
			>
				Revenir à aujourd’hui
			</button>
		</div>
	);
}
