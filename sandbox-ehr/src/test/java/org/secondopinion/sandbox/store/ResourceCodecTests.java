package org.secondopinion.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.zip.InflaterInputStream;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class ResourceCodecTests {

	private final ResourceCodec codec = new ResourceCodec(FhirContext.forR4Cached());

	@Test
	void keepsNeitherTheIdNorTheVersionNorTheLastUpdateWhichTheIndexHolds() throws Exception {
		String json = json(codec.encode(observation()));

		assertThat(json).doesNotContain("obs-1", "versionId", "lastUpdated", "2020-01-01")
			.contains("\"profile\":[\"http://example.org/profile\"]", "Patient/p-1");
	}

	@Test
	void restoresTheResourceWithTheIdentityGiven() {
		byte[] record = codec.encode(observation());

		Resource decoded = codec.decode(ByteBuffer.wrap(record), "Observation", "obs-1", 3,
				Instant.parse("2025-06-01T10:00:00.123Z"));

		Observation observation = (Observation) decoded;
		assertThat(observation.getIdElement().getValue()).isEqualTo("Observation/obs-1/_history/3");
		assertThat(observation.getMeta().getVersionId()).isEqualTo("3");
		assertThat(observation.getMeta().getLastUpdated().toInstant()).isEqualTo("2025-06-01T10:00:00.123Z");
		assertThat(observation.getMeta().getProfile()).hasSize(1);
		assertThat(observation.getValueQuantity().getValue()).isEqualByComparingTo("120.5");
		assertThat(observation.getSubject().getReference()).isEqualTo("Patient/p-1");
	}

	@Test
	void compressesTheJson() {
		Observation large = observation();
		large.getCode().setText("blood pressure ".repeat(100));

		assertThat(codec.encode(large).length).isLessThan(400);
	}

	private static Observation observation() {
		Observation observation = new Observation().setSubject(new Reference("Patient/p-1"));
		observation.setId("obs-1");
		observation.setMeta(new Meta().setVersionId("9")
			.setLastUpdated(Date.from(Instant.parse("2020-01-01T00:00:00Z")))
			.addProfile("http://example.org/profile"));
		observation.setValue(new Quantity(120.5).setUnit("mm[Hg]"));
		return observation;
	}

	private static String json(byte[] record) throws Exception {
		byte[] deflated = Arrays.copyOfRange(record, Integer.BYTES, record.length);
		try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
