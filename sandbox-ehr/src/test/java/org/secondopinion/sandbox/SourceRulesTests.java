package org.secondopinion.sandbox;

import java.util.Map;

import org.secondopinion.testing.source.SourceRulesContract;

/** The source rules every module keeps (see {@link SourceRulesContract}). */
class SourceRulesTests extends SourceRulesContract {

	@Override
	protected Map<String, String> stringIdEdges() {
		return Map.of("org/secondopinion/sandbox/",
				"the simulated EHR: its patient ids are its own FHIR resource ids, not references to an EHR's patient");
	}

}
