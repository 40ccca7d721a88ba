import type { FileChooser, Page } from 'playwright-core';
import { CHECKS } from '../../src/lib/identifiers';
import { structureSolution } from '../../src/lib/structure-check';
import type { Question } from '../../src/schemas/question';
import type { StructureScenario } from '../../src/schemas/structure-scenario';
import type { IdentifierKind } from '../../src/schemas/exercise';

/**
 * Keyboard-only drivers for the widgets, as a learner without a mouse uses them: Tab and
 * Shift+Tab to move, arrows in radio groups and selects, Space on checkboxes, Enter on buttons.
 */

export const focused = (page: Page, expr: string) =>
	page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && el !== document.body && (${expr})); })()`);

/** Moves focus with Tab or Shift+Tab, toward the target first, until `expr` holds for the focused element. */
export async function reach(page: Page, expr: string): Promise<void> {
	if (await focused(page, expr)) return;
	// Tab toward the target, as a person who sees it above or below does: always starting with
	// Tab went round the whole page (hundreds of presses on a long lesson) to reach a control
	// just above the focus. The keys are the same; only the first direction is chosen.
	const backward = await page.evaluate(`(() => {
		const active = document.activeElement;
		if (!active || active === document.body) return false;
		const target = [...document.querySelectorAll('input, select, textarea, button, a[href], [tabindex]')].find((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0 && (${expr}));
		return Boolean(target && (active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING));
	})()`);
	for (const key of backward ? ['Shift+Tab', 'Tab'] : ['Tab', 'Shift+Tab']) {
		for (let i = 0; i < 700; i += 1) {
			await page.keyboard.press(key);
			if (await focused(page, expr)) return;
		}
	}
	throw new Error(`Rien n’est atteignable au clavier qui vérifie : ${expr}`);
}

const labelOf = (page: Page) => page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim() ?? '');
const q = JSON.stringify;

/** Picks the radio whose label starts with `text` in the group of `scope`, with arrows only. */
export async function chooseRadio(page: Page, scope: string, text: string): Promise<void> {
	const radio = `el.type === 'radio' && el.closest(${q(scope)})`;
	await reach(page, radio);
	const count = await page.locator(`${scope} input[type="radio"]`).count();
	const seen = new Set<string>();
	// Exact label first (« EA » must not pick « EAV »); a label that only starts with the text
	// (extra marks such as « (libellé indicatif) ») as a second pass.
	for (const matches of [(label: string) => label === text, (label: string) => label.startsWith(text)]) {
		for (let i = 0; i <= count; i += 1) {
			// A widget still settling (a case just opened again, on a loaded machine) can re-render
			// the group and drop the focus: come back to it rather than press arrows on the page.
			if (!(await focused(page, radio))) await reach(page, radio);
			const label = await labelOf(page);
			seen.add(label);
			if (matches(label)) {
				await page.keyboard.press('Space');
				return;
			}
			await page.keyboard.press('ArrowDown');
		}
	}
	throw new Error(`Option « ${text} » introuvable dans ${scope} (options lues : ${[...seen].map((l) => `« ${l} »`).join(', ')})`);
}

/** Sets the checkboxes of `scope` so that exactly those labelled with `texts` are checked. */
export async function setCheckboxes(page: Page, scope: string, wanted: (label: string) => boolean): Promise<void> {
	const boxes = page.locator(`${scope} input[type="checkbox"]`);
	const count = await boxes.count();
	for (let i = 0; i < count; i += 1) {
		const box = boxes.nth(i);
		const label = ((await box.evaluate((el) => el.closest('label')?.textContent)) ?? '').trim();
		if ((await box.isChecked()) !== wanted(label)) {
			const id = await box.evaluate((el, n) => {
				el.setAttribute('data-kbd', String(n));
				return n;
			}, i);
			await reach(page, `el.closest(${q(scope)}) && el.getAttribute('data-kbd') === '${id}'`);
			await page.keyboard.press('Space');
			// A mark left behind would still match after « Réessayer » reorders the options.
			await box.evaluate((el) => el.removeAttribute('data-kbd'));
		}
	}
}

/**
 * Presses a button of `scope` by its text, reached with Tab. « Réessayer » goes away when
 * pressed: focus must then land on the widget's first answer, never on the page's body. The
 * waits are upper bounds, generous because a loaded 2-core machine can delay a re-render by
 * seconds (a 5 s bound failed once in CI with another process busy).
 */
export async function press(page: Page, scope: string, text: string): Promise<void> {
	await reach(page, `el.tagName === 'BUTTON' && el.textContent.trim() === ${q(text)} && el.closest(${q(scope)})`);
	await page.keyboard.press('Enter');
	if (text !== 'Réessayer') return;
	// A function, not a string: the course's CSP has no 'unsafe-eval', which a string predicate needs.
	const answerFocused = (within: string) => {
		const el = document.activeElement;
		return Boolean(el && el !== document.body && el.closest(within) && ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(el.tagName) && el.textContent?.trim() !== 'Réessayer');
	};
	await page.waitForFunction(answerFocused, scope, { timeout: 15_000 }).catch(async () => {
		const on = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'rien');
		throw new Error(`Après « Réessayer » dans ${scope}, le focus est sur ${on}`);
	});
}

/** Answers a bank question inside `scope`, rightly or wrongly, then presses « Vérifier ». */
export async function answerQuestion(page: Page, scope: string, question: Question, right: boolean): Promise<void> {
	const box = `${scope} [data-question="${question.id}"]`;
	await fillAnswer(page, box, question, right);
	await press(page, box, 'Vérifier');
	const verdict = page.locator(`${box} .feedback-verdict`);
	await verdict.waitFor();
	const text = (await verdict.textContent()) ?? '';
	if (right !== text.startsWith('✓')) throw new Error(`Question ${question.id} : « ${text} » après une réponse ${right ? 'juste' : 'fausse'}`);
}

/**
 * Gives an answer to the question in `box` with the keyboard, rightly or wrongly, and checks
 * nothing (an evaluation gives no feedback before the end). A wrong ordering is its shuffled
 * start, left as it is.
 */
export async function fillAnswer(page: Page, box: string, question: Question, right: boolean): Promise<void> {
	switch (question.type) {
		case 'single': {
			const option = question.options.find((o) => o.correct === right);
			await chooseRadio(page, box, option?.text ?? '');
			break;
		}
		case 'truefalse':
			await chooseRadio(page, box, question.answer === right ? 'Vrai' : 'Faux');
			break;
		case 'multiple': {
			const good = new Set(question.options.filter((o) => o.correct).map((o) => o.text));
			await setCheckboxes(page, box, (label) => (right ? good.has(label) : !good.has(label)));
			break;
		}
		case 'matching': {
			const selects = page.locator(`${box} select`);
			for (let i = 0; i < (await selects.count()); i += 1) {
				const select = selects.nth(i);
				const rowText = (await select.evaluate((el) => el.closest('li')?.querySelector('label')?.textContent)) ?? '';
				const item = question.items.find((it) => it.text === rowText.trim());
				const target = right ? item?.target : question.targets.find((t) => t.id !== item?.target)?.id;
				await select.evaluate((el, n) => el.setAttribute('data-kbd', String(n)), i);
				await reach(page, `el.tagName === 'SELECT' && el.closest(${q(box)}) && el.getAttribute('data-kbd') === '${i}'`);
				// Arrows only (type-ahead sends accented letters elsewhere): from the top, down to the target.
				if ((await select.inputValue()) !== target) await page.keyboard.press('Home');
				for (let k = 0; k < question.targets.length + 2 && (await select.inputValue()) !== target; k += 1) await page.keyboard.press('ArrowDown');
				await select.evaluate((el) => el.removeAttribute('data-kbd'));
				if ((await select.inputValue()) !== target) throw new Error(`Cible ${target} inaccessible au clavier`);
			}
			break;
		}
		case 'ordering': {
			const wanted = question.items.map((i) => i.text);
			if (!right) break; // Leaving the shuffled start order is a wrong answer (it never starts solved).
			for (let target = 0; target < wanted.length; target += 1) {
				const texts = async () => page.locator(`${box} .ordering-text`).allTextContents();
				let at = (await texts()).findIndex((t) => t.startsWith(wanted[target] as string));
				if (at > target) {
					await page.locator(`${box} .ordering-step`).nth(at).locator('button', { hasText: 'Monter' }).evaluate((el) => el.setAttribute('data-kbd', 'monter'));
					await reach(page, `el.closest(${q(box)}) && el.getAttribute('data-kbd') === 'monter'`);
					while (at > target) {
						await page.keyboard.press('Enter');
						at -= 1;
					}
					await page.locator(`${box} [data-kbd="monter"]`).evaluate((el) => el.removeAttribute('data-kbd'));
				}
			}
			break;
		}
	}
}

/** The password widget: a too-short password, then one that meets the rule. */
export async function completePassword(page: Page, scope: string, right: boolean): Promise<void> {
	await reach(page, `el.tagName === 'INPUT' && el.closest(${q(scope)})`);
	await page.keyboard.press('Control+A');
	await page.keyboard.type(right ? 'Chorus-Factures-2026' : 'court');
	await press(page, scope, 'Vérifier');
}

/** The identifier widget: judge every number (all « Valide » when wrong), then check. */
export async function completeIdentifiers(page: Page, scope: string, items: { id: string; type: IdentifierKind; value: string }[], right: boolean): Promise<void> {
	for (const item of items) {
		const valid = CHECKS[item.type](item.value).valid;
		const fieldset = `${scope} li:has(input[name="${scope.match(/data-exercise="([^"]+)"/)?.[1]}-${item.id}"])`;
		await chooseRadio(page, fieldset, right ? (valid ? 'Valide' : 'Non valide') : 'Valide');
	}
	await press(page, scope, 'Vérifier');
}

/** The structure builder: the careful decisions, or nothing at all, then « Vérifier ». */
export async function completeStructure(page: Page, scope: string, exerciseId: string, scenario: StructureScenario, right: boolean): Promise<void> {
	if (right) {
		const solution = structureSolution(scenario);
		for (const r of scenario.requests) {
			await chooseRadio(page, `${scope} #${exerciseId}-demande-${r.id}`, solution.requests[r.id] === 'accepter' ? 'Valider la demande' : 'Refuser la demande');
		}
		for (const u of scenario.users) {
			const labels = new Set(scenario.profiles.filter((p) => u.required.includes(p.id)).map((p) => p.label));
			await setCheckboxes(page, `${scope} #${exerciseId}-profils-${u.person}`, (label) => labels.has(label.replace(' (libellé indicatif)', '')));
			const services = scenario.services.filter((v) => u.services.includes(v.id)).map((v) => `${v.label} (code ${v.code})`);
			if (await page.locator(`${scope} #${exerciseId}-services-${u.person}`).count()) {
				await setCheckboxes(page, `${scope} #${exerciseId}-services-${u.person}`, (label) => services.includes(label));
			}
		}
		const decision = scenario.decision?.options.find((o) => o.correct);
		if (decision) await chooseRadio(page, `${scope} #${exerciseId}-decision`, decision.text);
	}
	await press(page, scope, 'Vérifier');
}

/**
 * Opens the file chooser of the focused file input with the keyboard. Under heavy load the
 * first key press can land before the page accepts it, so a learner would press again: so do we.
 */
export async function openFileChooser(page: Page): Promise<FileChooser> {
	for (const key of ['Space', 'Enter', 'Space']) {
		const chooser = page.waitForEvent('filechooser', { timeout: 5000 }).catch(() => null);
		await page.keyboard.press(key);
		const opened = await chooser;
		if (opened) return opened;
	}
	throw new Error('Le sélecteur de fichier ne s’ouvre pas au clavier');
}
