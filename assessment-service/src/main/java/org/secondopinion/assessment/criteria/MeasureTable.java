package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The monitored-measures table: a JSON file with a name, a version, a description and the measures. */
record MeasureTable(String name, String version, String description, List<MonitoredMeasure> measures,
		String fingerprint) {

	private record File(String name, String version, String description, List<MonitoredMeasure> measures) {
	}

	static MeasureTable load(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			File file = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(bytes, File.class);
			return new MeasureTable(file.name(), file.version(), file.description(), List.copyOf(file.measures()),
					Fingerprint.of(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read measure table " + resource.getDescription(), ex);
		}
	}

	String describe() {
		return name + " " + version + " (" + measures.size() + " measures, sha256 " + fingerprint + ")";
	}

}
