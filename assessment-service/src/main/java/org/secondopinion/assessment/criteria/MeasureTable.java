package org.secondopinion.assessment.criteria;

import java.util.List;

import org.springframework.core.io.Resource;

/** The monitored-measures table: a JSON file with a name, a version, a description and the measures. */
record MeasureTable(String name, String version, String description, List<MonitoredMeasure> measures,
		String fingerprint) {

	private record File(String name, String version, String description, List<MonitoredMeasure> measures) {
	}

	static MeasureTable load(Resource resource) {
		TableFile<File> read = TableFile.read(resource, File.class, "measure table");
		File file = read.content();
		return new MeasureTable(file.name(), file.version(), file.description(), List.copyOf(file.measures()),
				read.fingerprint());
	}

	String describe() {
		return name + " " + version + " (" + measures.size() + " measures, sha256 " + fingerprint + ")";
	}

}
