package org.secondopinion.assessment.criteria;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Reads the value-set and concept-map files with the application's one {@link FhirContext}. */
@Component
class FhirValueSetFiles implements ValueSetFiles {

	private final FhirContext fhir;

	FhirValueSetFiles(FhirContext fhir) {
		this.fhir = fhir;
	}

	@Override
	public CodeSet valueSet(Resource file) {
		return CodeSet.load(fhir, file);
	}

	@Override
	public CodeMap conceptMap(Resource file) {
		return CodeMap.load(fhir, file);
	}

	@Override
	public AlarmFindings alarmFindings(Resource file) {
		return AlarmFindings.load(fhir, file);
	}

}
