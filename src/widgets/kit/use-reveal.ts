import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $revealRequest } from '../../stores/session';

/**
 * Calls `reveal` (or `hide`, to go back to a blank exercise) when the projection mode asks this widget (by any of its `ids`: its own, or its
 * quiz's) or all widgets to show their solution. Requests made before the widget appeared do not
 * count: a reveal aimed at the widgets on screen must not open one that hydrates later.
 */
export function useRevealRequest(ids: string | readonly string[], reveal: () => void, hide?: () => void): void {
	const request = useStore($revealRequest);
	const mine = typeof ids === 'string' ? [ids] : ids;
	const signal = request && (request.target === 'all' || mine.includes(request.target)) ? request.n : 0;
	const atMount = useRef(signal);
	useEffect(() => {
		if (signal > atMount.current) request?.hide ? hide?.() : reveal();
	}, [signal]);
}
