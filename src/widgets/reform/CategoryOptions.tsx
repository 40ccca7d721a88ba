import { CATEGORIES, CATEGORY_NAME } from '../../lib/company-category';

/** The options of a company-category list, « — Choisissez — » first (the form and the practice). */
export default function CategoryOptions() {
	return (
		<>
			<option value="">— Choisissez —</option>
			{CATEGORIES.map((k) => (
				<option key={k} value={k}>
					{CATEGORY_NAME[k]}
				</option>
			))}
		</>
	);
}
