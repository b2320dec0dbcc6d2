package org.secondopinion.localstack.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationLoadOrderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void putsEachResourceAfterThoseItReferencesAndCutsACycleOnce() {
		JsonNode entries = JSON.readTree("""
				[
				 {"resource": {"resourceType": "Patient", "id": "p", "managingOrganization": {"reference": "Organization/o"}}},
				 {"resource": {"resourceType": "Condition", "id": "c", "subject": {"reference": "Patient/p"},
				   "encounter": {"reference": "Encounter/e"}}},
				 {"resource": {"resourceType": "Encounter", "id": "e", "subject": {"reference": "Patient/p"},
				   "diagnosis": [{"condition": {"reference": "Condition/c"}}]}},
				 {"resource": {"resourceType": "Organization", "id": "o"}}
				]""");

		List<String> order = Evaluation.referencedFirst(entries)
			.stream()
			.map(e -> e.path("resource").path("resourceType").asString() + "/" + e.path("resource").path("id").asString())
			.toList();

		assertThat(order).containsExactly("Organization/o", "Patient/p", "Encounter/e", "Condition/c");
	}

}
