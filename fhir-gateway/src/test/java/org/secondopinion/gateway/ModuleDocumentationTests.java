package org.secondopinion.gateway;

import org.junit.jupiter.api.Test;
import org.secondopinion.testing.architecture.ModuleDocumentation;

/**
 * {@code docs/modules.md} describes this service's modules as the compiled classes hold them;
 * {@code -Dmodules.write=true} rewrites this service's part.
 */
class ModuleDocumentationTests {

	@Test
	void modulesDocumentMatchesTheCode() {
		ModuleDocumentation.of("fhir-gateway", "FHIR gateway", "org.secondopinion.gateway").verifyDocument();
	}

}
