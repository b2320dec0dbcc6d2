package org.secondopinion.localstack.evaluation;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

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

	@Test
	void leavesOutAnEntryThatIsNoValidFhirAndSaysWhich() {
		IParser parser = FhirContext.forR4Cached().newJsonParser();
		List<String> notLoaded = new ArrayList<>();
		JsonNode valid = JSON.readTree("""
				{"resource": {"resourceType": "Observation", "id": "o-1", "status": "final", "code": {"text": "Score"},
				 "valueInteger": 37}}""");
		JsonNode invalid = JSON.readTree("""
				{"resource": {"resourceType": "Observation", "id": "o-2", "status": "final", "code": {"text": "Score"},
				 "valueInteger": 37.5}}""");

		assertThat(Evaluation.parsed(parser, "cn-16", valid, notLoaded)).isNotNull();
		assertThat(Evaluation.parsed(parser, "cn-16", invalid, notLoaded)).isNull();
		assertThat(notLoaded).singleElement().asString().startsWith("cn-16: Observation/o-2 is no valid FHIR R4 (")
			.contains("37.5");
	}

}
