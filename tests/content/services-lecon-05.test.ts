import { describe, expect, test } from 'vitest';
import { fact, flat, json, question, questionText, section, typedProse } from './content-text';

/**
 * Issue 12 §3: lesson 5 teaches the steps to create services in the current portal only as far
 * as the fact sheet and the screens inventory document them. The application that manages the
 * services was never named by a source, and the fields' and the parameter's screen labels were
 * never read: these checks keep the lesson, its practice and its questions saying so.
 */

const SERVICES = 'services-structure';
const practice = json<{ kind: string; questions: string[] }>('content/exercises/pratique-services.json');

describe('lesson 5 — « Créer des services »: documented steps, unconfirmed labels marked', () => {
	test('the facts behind the steps say how sure they are: the application’s name unsure, the fields’ labels likely', () => {
		expect(fact('services-application-gestion').confidence).toBe('unsure');
		expect(fact('services-application-gestion').note).toMatch(/à vérifier/);
		expect(fact('service-fiche-donnees').confidence).toBe('likely');
		expect(fact('service-fiche-donnees').note).toMatch(/indicatifs/);
	});

	test('the section gives the path « Organisation », « Structures », then the facts for what was not read', () => {
		const s = section('05', SERVICES);
		expect(s).toContain('Ouvrez le domaine « Organisation », puis « Structures »');
		expect(s).toContain('<Fait id="services-application-gestion" />');
		expect(s).toContain('<Fait id="service-fiche-donnees" />');
		expect(s).toMatch(/<Fait id="parametre-code-service-obligatoire" \/> » \(libellé indicatif\)/);
	});

	test('the lesson never names the services’ application as certain outside its fact', () => {
		const prose = typedProse('05').toLowerCase();
		for (const p of fact('services-application-gestion').phrasings ?? []) expect(prose).not.toContain(flat(p).toLowerCase());
		// « Gérer une structure » may be named for the structure’s own settings, never as where services are made.
		expect(prose).not.toMatch(/services?[^.]{0,60}dans « gérer une structure »/);
	});

	test('the practice sits in the section and asks at least two services questions that point back to it', () => {
		expect(practice.kind).toBe('practice');
		expect(section('05', SERVICES)).toContain('<Exercise id="pratique-services" />');
		expect(practice.questions.length).toBeGreaterThanOrEqual(2);
		for (const id of practice.questions) {
			const q = question(id);
			expect(q.section, id).toBe(SERVICES);
			expect(q.basis?.facts?.length ?? 0, id).toBeGreaterThan(0);
		}
	});

	test('a question that names the application or a field’s label says it is unconfirmed', () => {
		for (const id of practice.questions) {
			const text = questionText(question(id));
			if (/« Code service »|« Nom du service »|application qui gère les services/.test(text)) {
				expect(text, id).toMatch(/à vérifier|indicatif/);
			}
		}
	});
});
