import type { StructureScenario } from '../schemas/structure-scenario';

/** What the learner decided in the structure builder. */
export interface StructureAnswer {
	requests: Record<string, 'accepter' | 'refuser' | undefined>;
	profiles: Record<string, string[]>;
	services: Record<string, string[]>;
	decision: string | null;
}

/** What each step of the structure builder is given (its parts share it). */
export interface StructureStepProps {
	uid: string;
	scenario: StructureScenario;
	answer: StructureAnswer;
	mistakes: Mistake[];
	/** Given how to update the answer, so that replayed early inputs build on each other. */
	onChange: (update: (answer: StructureAnswer) => StructureAnswer) => void;
}

/** The kinds of mistake the check explains. */
export type MistakeKind =
	| 'demande-non-traitee'
	| 'demande-acceptee-a-tort'
	| 'demande-refusee-a-tort'
	| 'droit-en-trop'
	| 'droit-manquant'
	| 'personne-ne-peut-deposer'
	| 'service-oublie'
	| 'decision';

export interface Mistake {
	kind: MistakeKind;
	/** Id of the control to fix (for the error summary's links). */
	field: string;
	message: string;
}

export interface StructureCheck {
	mistakes: Mistake[];
	score: number;
	max: number;
}

/** Control ids, shared by the widget and the check so that summary links reach the fields. */
export const fieldId = {
	request: (uid: string, id: string) => `${uid}-demande-${id}`,
	profiles: (uid: string, person: string) => `${uid}-profils-${person}`,
	services: (uid: string, person: string) => `${uid}-services-${person}`,
	decision: (uid: string) => `${uid}-decision`,
};

/** An empty answer: nothing decided yet. */
export function emptyStructureAnswer(): StructureAnswer {
	return { requests: {}, profiles: {}, services: {}, decision: null };
}

/** The answer a careful gestionnaire would give (« Voir la solution »). */
export function structureSolution(s: StructureScenario): StructureAnswer {
	return {
		requests: Object.fromEntries(s.requests.map((r) => [r.id, r.expected])),
		profiles: Object.fromEntries(s.users.map((u) => [u.person, [...u.required]])),
		services: Object.fromEntries(s.users.map((u) => [u.person, [...u.services]])),
		decision: s.decision?.options.find((o) => o.correct)?.id ?? null,
	};
}

/**
 * Checks the learner's decisions. One point per request, two per user (profiles, services),
 * one for the decision; every mistake comes with the reason a careful gestionnaire would give.
 */
export function checkStructure(s: StructureScenario, answer: StructureAnswer, uid: string): StructureCheck {
	const mistakes: Mistake[] = [];
	const name = (person: string) => s.people.find((p) => p.id === person)?.name ?? person;
	const profileLabel = (id: string) => s.profiles.find((p) => p.id === id)?.label ?? id;
	const service = (id: string) => {
		const v = s.services.find((x) => x.id === id);
		return v ? `${v.label} (${v.code})` : id;
	};
	let score = 0;

	for (const r of s.requests) {
		const given = answer.requests[r.id];
		const field = fieldId.request(uid, r.id);
		if (given === r.expected) score += 1;
		else if (!given) mistakes.push({ kind: 'demande-non-traitee', field, message: `La demande de ${name(r.person)} n’est pas traitée. ${r.why}` });
		else if (given === 'accepter') mistakes.push({ kind: 'demande-acceptee-a-tort', field, message: `Demande de ${name(r.person)} acceptée à tort. ${r.why}` });
		else mistakes.push({ kind: 'demande-refusee-a-tort', field, message: `Demande de ${name(r.person)} refusée à tort. ${r.why}` });
	}

	for (const u of s.users) {
		const given = answer.profiles[u.person] ?? [];
		const field = fieldId.profiles(uid, u.person);
		const extra = u.forbidden.filter((p) => given.includes(p));
		const missing = u.required.filter((p) => !given.includes(p));
		extra.forEach((p) =>
			mistakes.push({ kind: 'droit-en-trop', field, message: `${name(u.person)} a le profil «\u00a0${profileLabel(p)}\u00a0»\u00a0: c’est trop pour son travail. ${u.why}` })
		);
		missing.forEach((p) =>
			mistakes.push({ kind: 'droit-manquant', field, message: `${name(u.person)} n’a pas le profil «\u00a0${profileLabel(p)}\u00a0», dont son travail a besoin. ${u.why}` })
		);
		if (extra.length === 0 && missing.length === 0) score += 1;
		const servicesGiven = answer.services[u.person] ?? [];
		const forgotten = u.services.filter((v) => !servicesGiven.includes(v));
		forgotten.forEach((v) =>
			mistakes.push({
				kind: 'service-oublie',
				field: fieldId.services(uid, u.person),
				message: `${name(u.person)} n’est pas rattaché·e au service ${service(v)}, qu’il ou elle doit atteindre. ${u.why}`,
			})
		);
		if (forgotten.length === 0) score += 1;
	}

	// Only where the scenario expects someone to deposit: a structure where nobody can is blocked.
	for (const structure of s.structures) {
		const users = s.users.filter((u) => u.structure === structure.id);
		const depositing = (ids: string[]) => ids.some((p) => s.profiles.find((x) => x.id === p)?.deposits);
		const expected = users.some((u) => depositing(u.required));
		const someone = users.some((u) => depositing(answer.profiles[u.person] ?? []));
		if (expected && !someone && users[0]) {
			mistakes.push({
				kind: 'personne-ne-peut-deposer',
				field: fieldId.profiles(uid, users[0].person),
				message: `Dans la structure ${structure.name}, personne ne peut plus déposer de facture\u00a0: donnez ce droit à la personne qui s’en charge.`,
			});
		}
	}

	if (s.decision) {
		const chosen = s.decision.options.find((o) => o.id === answer.decision);
		if (chosen?.correct) score += 1;
		else
			mistakes.push({
				kind: 'decision',
				field: fieldId.decision(uid),
				message: chosen ? `${chosen.text}\u00a0: non. ${chosen.why}` : `Répondez à la question\u00a0: ${s.decision.question}`,
			});
	}

	const max = s.requests.length + 2 * s.users.length + (s.decision ? 1 : 0);
	return { mistakes, score, max };
}
