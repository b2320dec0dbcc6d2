package org.secondopinion.security;

import java.util.Map;

import org.secondopinion.testing.source.SourceRulesContract;

/** The source rules every module keeps (see {@link SourceRulesContract}). */
class SourceRulesTests extends SourceRulesContract {

	@Override
	protected Map<String, String> stringIdEdges() {
		return Map.of("org/secondopinion/security/audit/AuditController.java",
				"the JSON of the audit API, whose entity names the EHR as the plain string the audit row keeps");
	}

}
