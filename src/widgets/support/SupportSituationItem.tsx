import type { SituationResult, SupportAnswer, SupportSituation } from '../../lib/support-chooser';
import ChoiceField, { type ChoiceOption } from '../works/ChoiceField';

interface Props {
	uid: string;
	situation: SupportSituation;
	channels: ChoiceOption[];
	modes: ChoiceOption[];
	answer: SupportAnswer;
	/** The verdict after « Vérifier », or null. */
	result: SituationResult | null;
	revealed: boolean;
	/** True after a « Vérifier » refused for missing answers: empty selects are marked invalid. */
	flagEmpty: boolean;
	onChange: (answer: SupportAnswer) => void;
}

/** One situation: its text as the group’s name, then the « Canal » and « Mode » lists. */
export default function SupportSituationItem({ uid, situation, channels, modes, answer, result, revealed, flagEmpty, onChange }: Props) {
	const base = `${uid}-${situation.id}`;
	const words = (ok: boolean) => (ok ? 'juste' : 'à revoir');
	return (
		<li>
			<fieldset class="question support-situation">
				<legend>{situation.text}</legend>
				<div class="support-fields">
					<ChoiceField
						id={`${base}-canal`}
						label="Canal"
						value={answer.channel}
						options={channels}
						invalid={flagEmpty && !answer.channel}
						ok={result?.channelOk}
						onChange={(channel) => onChange({ ...answer, channel })}
					/>
					<ChoiceField
						id={`${base}-mode`}
						label="Mode"
						value={answer.mode}
						options={modes}
						invalid={flagEmpty && !answer.mode}
						ok={result?.modeOk}
						onChange={(mode) => onChange({ ...answer, mode })}
					/>
				</div>
				{revealed ? (
					<p class="feedback feedback-revealed">
						<strong>Solution : </strong>
						{situation.why}
					</p>
				) : result ? (
					<p class={`feedback ${result.score === result.max ? 'feedback-correct' : 'feedback-wrong'}`}>
						<strong>
							{result.score === result.max ? '✓ Juste' : '✗ À revoir'} ({result.score} sur {result.max} : canal {words(result.channelOk)}, mode{' '}
							{words(result.modeOk)}).
						</strong>{' '}
						{situation.why}
					</p>
				) : null}
			</fieldset>
		</li>
	);
}
