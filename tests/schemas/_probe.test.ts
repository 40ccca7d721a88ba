import { test } from 'vitest';
import { QuestionSchema } from '../../src/schemas/question';
import { FactSchema } from '../../src/schemas/fact';
test('probe', () => {
	const r = QuestionSchema.safeParse({ id: 'q', type: 'single', objectives: ['cadre'], lesson: 'l', section: 's', prompt: 'Quelle ?', explanation: 'Parce que oui.', basis: {}, options: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B', correct: true }] });
	console.log(JSON.stringify(r.error?.issues));
	const f = FactSchema.safeParse({ id: 'f', statement: 'xxxxxxxxxxx', value: 'v', effectiveDate: '2017-1-1', source: { url: 'ftp://x.fr', label: 'abc' }, confidence: 'maybe', sheetRef: '1.a', checkedOn: '2026-02-30' });
	console.log(JSON.stringify(f.error?.issues));
	console.log(JSON.stringify(QuestionSchema.safeParse({type:'nope'}).error?.issues));
});
