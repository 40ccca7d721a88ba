import { useState } from 'preact/hooks';
import type { BuyerTypeFact, RateFact } from '../lib/payment-delay';
import type { PaymentDelaySchema } from '../schemas/sequence-2-widgets';
import type { z } from 'astro/zod';
import DelayForm from './payment-delay/DelayForm';
import DelayPractice from './payment-delay/DelayPractice';

/** The exercise data, as validated by PaymentDelaySchema. */
export type PaymentDelayData = z.output<typeof PaymentDelaySchema>;

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
 * arithmetic shown), then cases to work out by hand. Only the cases are recorded.
 */
export default function PaymentDelayCalculator({ exerciseId, objectives, data, buyerTypes, rates, indemnity, interruptionDays }: PaymentDelayProps) {
	const [live, setLive] = useState('');
	const rules = { rates, indemnity, interruptionDays };
	return (
		<div class="widget payment-delay">
			<DelayForm uid={exerciseId} buyerTypes={buyerTypes} rules={rules} announce={setLive} />
			<DelayPractice exerciseId={exerciseId} objectives={objectives} cases={data.cases} buyerTypes={buyerTypes} rules={rules} announce={setLive} />
			<p role="status" class="visually-hidden">
				{live}
			</p>
		</div>
	);
}
