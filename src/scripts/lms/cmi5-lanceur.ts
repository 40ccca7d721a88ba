/**
 * The wrapper's cmi5 side (issue 15), loaded only when the launch URL carries cmi5's launch
 * parameters: @xapi/cmi5 (and its HTTP client) never reach a SCORM launch or a course page.
 */
import Cmi5 from '@xapi/cmi5';
import { moveOnLabel, moveOnMet, percentLabel } from '../../lib/lms/cmi5-rules';
import { createCmi5Session, type Cmi5Client } from '../../lib/lms/cmi5-session';
import { memoryAside } from '../../lib/lms/memory-aside';
import type { EvaluationRule } from '../../lib/evaluation-runs';
import type { WrapperBackend } from './wrapper-backend';

const NBSP = '\u00a0';

export async function openCmi5(courseId: string, rule: EvaluationRule): Promise<WrapperBackend> {
	const client = new Cmi5() as unknown as Cmi5Client;
	const session = createCmi5Session(client, { courseId, rule });
	const opened = await session.open();
	const aside = memoryAside();
	const messages = new Set<(message: string) => void>();
	const recoveries = new Set<() => void>();
	let last: string | null = opened.ok ? null : (opened.messages[0] ?? null);
	const tell = (message: string) => {
		last = message;
		for (const listener of messages) listener(message);
	};
	session.onEvent((event) => {
		if (event.ok) for (const listener of recoveries) listener();
		else tell(event.message);
	});
	let current = opened.progress;

	const info: string[] = [];
	const launch = opened.launch;
	if (launch?.launchMode === 'Browse') info.push(`Mode découverte${NBSP}: la plateforme garde votre progression, mais aucun résultat (terminé, réussi, échoué) ne lui est transmis.`);
	if (launch?.launchMode === 'Review') info.push(`Mode révision${NBSP}: vous relisez le cours${NBSP}; rien de ce que vous faites n’est enregistré par la plateforme.`);
	if (launch?.launchMode === 'Normal') {
		info.push(`Pour valider ce module, la plateforme attend ${moveOnLabel(launch.moveOn)}.`);
		if (launch.masteryScore !== undefined && Math.abs(launch.masteryScore - rule.passMark) > 1e-9) {
			info.push(
				`La plateforme fixe le seuil de réussite à ${percentLabel(launch.masteryScore)} (le cours indique ${percentLabel(rule.passMark)})${NBSP}: c’est son seuil qui décide du résultat qui lui est transmis.`
			);
		}
	}

	return {
		startMessages: opened.messages,
		info,
		returnURL: launch?.returnURL,
		load: () => current,
		save(serialised) {
			current = serialised;
			session.save(serialised);
			return session.phase === 'open';
		},
		...aside,
		lastMessage: () => last,
		onMessage(listener) {
			messages.add(listener);
			return () => messages.delete(listener);
		},
		onRecovered(listener) {
			recoveries.add(listener);
			return () => recoveries.delete(listener);
		},
		async finish() {
			const end = await session.close();
			const met = launch?.launchMode === 'Normal' && moveOnMet(launch.moveOn, session.sent);
			let summary: string | undefined;
			if (launch?.launchMode === 'Normal') summary = met ? 'Ce que la plateforme attend pour valider le module est atteint.' : `La plateforme attend encore ${moveOnLabel(launch.moveOn)} pour valider le module.`;
			if (launch?.launchMode === 'Review') summary = `Mode révision${NBSP}: rien de cette visite n’a été enregistré.`;
			return { ...end, summary };
		},
		leave: () => session.leave(),
	};
}
