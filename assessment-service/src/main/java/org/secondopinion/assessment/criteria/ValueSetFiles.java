package org.secondopinion.assessment.criteria;

import org.springframework.core.io.Resource;

/**
 * Reads the rules' data files, FHIR ValueSet and ConceptMap JSON, into the code sets and maps the criteria match
 * against. The criteria are given their files through it, so that they never see a FHIR parser or model class.
 */
interface ValueSetFiles {

	/** A FHIR ValueSet file as the codes (and families) it holds. */
	CodeSet valueSet(Resource file);

	/** A FHIR ConceptMap file as the map from each source code to its targets. */
	CodeMap conceptMap(Resource file);

	/** A ValueSet file of red-flag findings: its codes, and the words that name each concept in uncoded records. */
	AlarmFindings alarmFindings(Resource file);

}
