import { z } from './zod';
import { IdSchema, ObjectiveIdSchema } from './common';
import { InvoiceScenarioSchema } from './invoice-form';
import { CadreChooserSchema, PaymentDelaySchema, RejectionMatchingSchema, StatusSimulatorSchema } from './sequence-2-widgets';
import { ReformTimelineSchema, SupportChooserSchema, WorksCircuitSchema } from './sequence-2-extra-widgets';
import { StructureScenarioSchema } from './structure-scenario';
import { WorksDepositSchema } from './works-deposit';
import { SubcontractValidationSchema } from './subcontract-validation';

const Common = {
	title: z.string().min(5),
	instructions: z.string().min(10),
	objectives: z.array(ObjectiveIdSchema).min(1),
	/**
	 * The time a learner needs to do the exercise once, in whole minutes: every case or question
	 * it offers, the documents it gives to read included, but not a second attempt. Estimated from
	 * the content; it adds to the lesson's computed duration (src/data/course.ts).
	 */
	minutes: z.number().int().min(1).max(60),
};

/** Bank questions shown inline, in the middle of a section. */
const Practice = z.object({
	kind: z.literal('practice'),
	...Common,
	/** Bank questions asked, in this order. */
	questions: z.array(IdSchema).min(1),
});

/** The password rule taught by the training, checked live; nothing typed is kept. */
const Password = z.object({
	kind: z.literal('password'),
	...Common,
	minLength: z.number().int().min(8).max(64),
	/** How many of the four character types (lower case, upper case, digits, others) are required. */
	minCharacterTypes: z.number().int().min(1).max(4),
	/** The fact stating the rule: its confidence (« unsure ») is shown with the widget. */
	ruleFact: IdSchema,
});

/** The identifier kinds the checkers know. */
export const IdentifierKindSchema = z.enum(['siret', 'siren', 'iban', 'rib']);
export type IdentifierKind = z.infer<typeof IdentifierKindSchema>;

/** Numbers to judge valid or not, plus a free checker. Validity is computed, never typed. */
const Identifiers = z.object({
	kind: z.literal('identifiers'),
	...Common,
	items: z
		.array(
			z.object({
				id: IdSchema,
				type: IdentifierKindSchema,
				/** As the learner meets it (spaces allowed); a RIB is « banque guichet compte clé ». */
				value: z.string().min(1).max(60),
				/** Where the number comes from (« sur le bon de commande de la mairie »). */
				context: z.string().min(5),
			})
		)
		.min(3),
	/** Kinds offered by the free checker under the exercise. */
	freeCheck: z.array(IdentifierKindSchema).min(1),
});

/** A structure to administer: requests to approve, habilitations and services to set. */
const Structure = z.object({
	kind: z.literal('structure'),
	...Common,
	scenario: StructureScenarioSchema,
});

/** The mock « Saisir une facture » screen, with the documents to read (the form-field widget). */
const InvoiceForm = z.object({
	kind: z.literal('invoice-form'),
	...Common,
	/** Cadres offered in the form's list, with their official labels (fact sheet §3.1). */
	cadres: z.array(z.object({ code: z.string().regex(/^A\d{1,2}$/), label: z.string().min(5) })).min(2),
	scenarios: z.array(InvoiceScenarioSchema).min(1),
});

const RejectionMatching = z.object({ kind: z.literal('rejection-matching'), ...Common, data: RejectionMatchingSchema });
const CadreChooser = z.object({ kind: z.literal('cadre-chooser'), ...Common, data: CadreChooserSchema });
const StatusSimulator = z.object({ kind: z.literal('status-simulator'), ...Common, data: StatusSimulatorSchema });
const PaymentDelay = z.object({ kind: z.literal('payment-delay'), ...Common, data: PaymentDelaySchema });
const ReformTimeline = z.object({ kind: z.literal('reform-timeline'), ...Common, data: ReformTimelineSchema });
const WorksCircuit = z.object({ kind: z.literal('works-circuit'), ...Common, data: WorksCircuitSchema });
const SupportChooser = z.object({ kind: z.literal('support-chooser'), ...Common, data: SupportChooserSchema });
/** The « Factures de travaux » deposit in its three steps, with the documents to read (lesson 13). */
const WorksDeposit = z.object({ kind: z.literal('works-deposit'), ...Common, data: WorksDepositSchema });
/** The titulaire's « Factures à valider »: sub-contractors' and co-contractors' requests to decide on (lesson 12). */
const SubcontractValidation = z.object({ kind: z.literal('subcontract-validation'), ...Common, data: SubcontractValidationSchema });

/**
 * Data of a widget placed in a lesson with <Exercise id="…" />, one variant per kind of widget.
 */
export const ExerciseSchema = z.discriminatedUnion('kind', [
	Practice,
	Password,
	Identifiers,
	Structure,
	InvoiceForm,
	RejectionMatching,
	CadreChooser,
	StatusSimulator,
	PaymentDelay,
	ReformTimeline,
	WorksCircuit,
	SupportChooser,
	WorksDeposit,
	SubcontractValidation,
]);
export type Exercise = z.infer<typeof ExerciseSchema>;
