package org.secondopinion.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedOutputTests {

	@Test
	void replacesACompactMarker() {
		String json = "{\"resourceType\":\"Observation\",\"id\":\"x\",\"extension\":[{\"url\":"
				+ "\"urn:second-opinion:sandbox:fault\",\"valueString\":\"malformed\"}],\"subject\":{}}";

		assertThat(MalformedOutput.malform(json)).isEqualTo("{\"resourceType\":\"Observation\",\"id\":\"x\","
				+ "\"effectiveDateTime\":\"not-a-date\",\"status\":{\"bogus\":true},\"subject\":{}}");
	}

	@Test
	void replacesAPrettyPrintedMarker() {
		String json = """
				{
				  "resourceType": "Observation",
				  "extension": [ {
				    "url": "urn:second-opinion:sandbox:fault",
				    "valueString": "malformed"
				  } ],
				  "subject": {}
				}""";

		assertThat(MalformedOutput.malform(json)).contains(MalformedOutput.BROKEN_FIELDS)
			.doesNotContain(Faults.MARKER_URL);
	}

	@Test
	void leavesOtherExtensionsAlone() {
		String json = "{\"extension\":[{\"url\":\"urn:other\",\"valueString\":\"malformed\"}]}";

		assertThat(MalformedOutput.malform(json)).isEqualTo(json);
	}

}
