import { useState } from 'preact/hooks';
import type { BuyerTypeFact, PaymentDelayData, RateFact } from '../../lib/payment-delay';
import LiveRegion from '../kit/LiveRegion';
import DelayForm from './DelayForm';
import DelayPractice from './DelayPractice';

export type { PaymentDelayData } from '../../lib/payment-delay';

/** The island's props: the exercise, plus the facts resolved at build time. */
export interface PaymentDelayProps {
	exerciseId: string;
	objectives: string[];
	data: PaymentDelayData;
	/** Each buyer type with its delay in days and the fact's source. */
	buyerTypes: BuyerTypeFact[];
	/** Late-interest rates by semester (`from` = its 1st day), with confidence and source. */
	rates: RateFact[];
	/** Flat recovery indemnity, in euros. */
	indemnity: number;
	/** New delay after an interruption, in days. */
	interruptionDays: number;
}

/**
 * Lesson 10's payment-delay calculator (due date, days late, late interest, indemnity, with the
 * arithmetic shown), then cases to work out by hand. Only the cases are recorded; the calculator
 * and the cases share the widget's one live region.
 */
export default function PaymentDelayCalculator({ exerciseId, objectives, data, buyerTypes, rates, indemnity, interruptionDays }: PaymentDelayProps) {
	const [live, setLive] = useState('');
	// A repeated message must be announced again: make it differ by an invisible space.
	const announce = (text: string) => setLive((said) => (said === text ? `${text}\u00a0` : text));
	const rules = { rates, indemnity, interruptionDays };
	return (
		<div class="widget payment-delay">
			<DelayForm uid={exerciseId} buyerTypes={buyerTypes} rules={rules} announce={announce} />
			<DelayPractice exerciseId={exerciseId} objectives={objectives} cases={data.cases} buyerTypes={buyerTypes} rules={rules} announce={announce} />
			<LiveRegion text={live} />
		</div>
	);
}
