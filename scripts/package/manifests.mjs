// The two package descriptions: imsmanifest.xml (SCORM 1.2) and cmi5.xml (cmi5 course structure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The final evaluation's overall pass mark (course.md §2): `passMark` of the entry
 * « regle-evaluation » of content/mastery.json, a share of right questions in ]0, 1] — the same
 * number the course itself applies (getEvaluationRule in src/data/course.ts, checked by
 * EvaluationRuleSchema). Read and checked here because this script runs outside Astro.
 */
export function readPassMark(projectRoot) {
	const file = 'content/mastery.json';
	const entries = JSON.parse(readFileSync(join(projectRoot, file), 'utf-8'));
	const rule = Array.isArray(entries) ? entries.find((e) => e && e.id === 'regle-evaluation') : undefined;
	if (!rule) throw new Error(`${file} : l’entrée « regle-evaluation » manque`);
	const { passMark } = rule;
	if (typeof passMark !== 'number' || !Number.isFinite(passMark) || passMark <= 0 || passMark > 1) {
		throw new Error(`${file} : « regle-evaluation ».passMark doit être un nombre dans ]0, 1] (reçu ${JSON.stringify(passMark)})`);
	}
	return passMark;
}

/** The course's title as its pages print it (COURSE_TITLE of src/config.ts). */
export function readCourseTitle(projectRoot) {
	const source = readFileSync(join(projectRoot, 'src/config.ts'), 'utf-8');
	const match = /export const COURSE_TITLE = '([^'\\]+)'/.exec(source);
	if (!match?.[1]) throw new Error('src/config.ts : COURSE_TITLE introuvable');
	return match[1];
}

function xml(text) {
	return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A share in ]0, 1] as SCORM 1.2's masteryscore: a percentage (0–100), without float noise. */
export function scormMasteryScore(passMark) {
	return String(Number((passMark * 100).toFixed(2)));
}

/** A share in ]0, 1] as cmi5's masteryScore: a decimal from 0 to 1 (at most 4 decimals). */
export function cmi5MasteryScore(passMark) {
	return String(Number(passMark.toFixed(4)));
}

/**
 * imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2 namespaces): one organization, one
 * item, one SCO resource launched at `launch` and listing every file of the package.
 */
export function scormManifest({ id, version, title, launch, passMark, files }) {
	const fileLines = files.map((f) => `\t\t\t<file href="${xml(f)}"/>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="${xml(version)}"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="organisation">
		<organization identifier="organisation">
			<title>${xml(title)}</title>
			<item identifier="cours" identifierref="sco-cours" isvisible="true">
				<title>${xml(title)}</title>
				<adlcp:masteryscore>${scormMasteryScore(passMark)}</adlcp:masteryscore>
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="sco-cours" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${fileLines}
		</resource>
	</resources>
</manifest>
`;
}

/**
 * moveOn of the one AU. The course's status rule (README, issue 15) knows three outcomes —
 * passed, failed, incomplete — all decided by the latest completed final run against the pass
 * mark; « completed » is sent at the first completed final run, whatever its result. « Passed »
 * says what the course is for: the AU is satisfied when the final evaluation is passed. The cmi5
 * default, « NotApplicable », would satisfy the AU without any result.
 */
export const CMI5_MOVE_ON = 'Passed';

/**
 * The publisher ids of cmi5.xml: IRIs that must stay the same from one package to the next (an
 * LMS recognises an updated course by them) and be nobody else's — fixed UUID URNs, as the course
 * has no address of its own. CMI5_AU_ID is also src/lib/lms/cmi5-rules.ts's (a test checks).
 */
export const CMI5_COURSE_ID = 'urn:uuid:73bbbca8-1b71-4cfd-a123-98d19f2022b9';
export const CMI5_AU_ID = 'urn:uuid:40c15383-a76c-47dd-a5ae-28b648ba200e';

/** cmi5.xml (cmi5 CourseStructure): one course, one AU launched at `launch`. */
export function cmi5Structure({ id = CMI5_COURSE_ID, auId = CMI5_AU_ID, title, description, launch, passMark }) {
	return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
	<course id="${xml(id)}">
		<title><langstring lang="fr-FR">${xml(title)}</langstring></title>
		<description><langstring lang="fr-FR">${xml(description)}</langstring></description>
	</course>
	<au id="${xml(auId)}" moveOn="${CMI5_MOVE_ON}" masteryScore="${cmi5MasteryScore(passMark)}" launchMethod="AnyWindow">
		<title><langstring lang="fr-FR">${xml(title)}</langstring></title>
		<description><langstring lang="fr-FR">${xml(description)}</langstring></description>
		<url>${xml(launch)}</url>
	</au>
</courseStructure>
`;
}
