import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $revealRequest } from '../stores/session';

/**
 * Calls `reveal` when the projection mode asks this widget (or all widgets) to show its
 * solution. Requests made before the widget appeared do not count: a reveal aimed at the
 * widgets on screen must not open one that hydrates later.
 */
export function useRevealRequest(id: string, reveal: () => void): void {
	const request = useStore($revealRequest);
	const signal = request && (request.target === 'all' || request.target === id) ? request.n : 0;
	const atMount = useRef(signal);
	useEffect(() => {
		if (signal > atMount.current) reveal();
	}, [signal]);
}
