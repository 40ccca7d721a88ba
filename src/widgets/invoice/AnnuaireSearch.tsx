import { useState } from 'preact/hooks';
import type { AnnuaireEntry } from '../../schemas/invoice-form';

interface Props {
	uid: string;
	annuaire: AnnuaireEntry[];
	onChoose: (siret: string, name: string) => void;
}

const yesNo = (b: boolean) => (b ? 'oui' : 'non');

/** The mock « annuaire des structures publiques »: search by name or SIRET, read the parameters. */
export default function AnnuaireSearch({ uid, annuaire, onChoose }: Props) {
	const [query, setQuery] = useState('');
	const [results, setResults] = useState<AnnuaireEntry[] | null>(null);
	const search = (event: Event) => {
		event.preventDefault();
		const q = query.trim().toLowerCase().replace(/\s/g, '');
		setResults(q === '' ? annuaire : annuaire.filter((a) => a.siret.includes(q) || a.name.toLowerCase().replace(/\s/g, '').includes(q)));
	};
	return (
		<div class="annuaire" role="search" aria-labelledby={`${uid}-annuaire-titre`}>
			<h5 id={`${uid}-annuaire-titre`}>Recherche de structure publique (annuaire, simulation)</h5>
			<form class="field" onSubmit={search}>
				<label for={`${uid}-annuaire-q`}>Nom ou SIRET de la structure publique</label>
				<div class="password-row">
					<input id={`${uid}-annuaire-q`} type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
					<button type="submit" class="btn btn-secondary">
						Rechercher
					</button>
				</div>
			</form>
			{results ? (
				<div>
					<p>{results.length === 0 ? 'Aucune structure ne correspond.' : `${results.length} structure${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}.`}</p>
					<ul class="annuaire-results">
						{results.map((a) => (
							<li key={a.siret}>
								<p>
									<strong>{a.name}</strong> — SIRET {a.siret} {a.active ? '' : '(inactive)'}
								</p>
								<ul class="annuaire-params">
									<li>Code service obligatoire&nbsp;: {yesNo(a.codeServiceDoitEtreRenseigne)}</li>
									<li>N° d’engagement obligatoire&nbsp;: {yesNo(a.numeroEJDoitEtreRenseigne)}</li>
									<li>Code service ou n° d’engagement (l’un des deux)&nbsp;: {yesNo(a.gestionNumeroEJOuCodeService)}</li>
									{a.services.map((s) => (
										<li key={s.code}>
											Service {s.code} — {s.label}
											{s.ejRequired ? '\u00a0: exige un n° d’engagement' : ''}
											{s.active ? '' : ' (inactif)'}
										</li>
									))}
								</ul>
								<button type="button" class="btn-small" onClick={() => onChoose(a.siret, a.name)}>
									Choisir {a.name}
								</button>
							</li>
						))}
					</ul>
				</div>
			) : null}
		</div>
	);
}
