package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.springframework.core.io.Resource;

/**
 * Symptoms recorded as a measurement rather than by name, read from a JSON table: a fever is, as often as not, only a
 * body temperature of 38.0 °C or more among the vital signs. Each row names the symptom (a coding, so that it is the
 * same symptom as one recorded by code), the observation codes that measure it, and the value, per unit, at or above
 * which the measurement records it.
 */
final class MeasuredSymptoms {

	private record File(String name, String version, String description, List<Row> symptoms) {
	}

	/** One symptom: its coding ({@code system|code}), the tests that measure it and the values that record it. */
	private record Row(String name, String symptom, List<String> codes, List<LabelRedFlags.Threshold> atLeast,
			@Nullable String source) {

		Row {
			if (!symptom.contains("|") || atLeast.isEmpty() || codes.isEmpty()) {
				throw new IllegalStateException("Measured symptoms: " + name
						+ " needs a symptom coding (system|code), observation codes and at least one threshold");
			}
		}

		boolean records(ObservationResult result) {
			return result.isResult() && result.effective() != null && result.value() != null
					&& result.value().comparator() == null
					&& result.code().codings().stream().anyMatch(c -> codes.contains(c.system() + "|" + c.code()))
					&& atLeast.stream()
						.anyMatch(t -> t.unit().equals(result.value().unit())
								&& result.value().value().compareTo(t.value()) >= 0);
		}

		Concept concept(ObservationResult result) {
			int bar = symptom.lastIndexOf('|');
			return new Concept(List.of(new CodedConcept(symptom.substring(0, bar), symptom.substring(bar + 1), name)),
					result.display() + " " + result.value().value().toPlainString()
							+ (result.value().unit() == null ? "" : " " + result.value().unit()));
		}

	}

	private final String name;

	private final String version;

	private final String fingerprint;

	private final List<Row> rows;

	private MeasuredSymptoms(String name, String version, String fingerprint, List<Row> rows) {
		this.name = name;
		this.version = version;
		this.fingerprint = fingerprint;
		this.rows = List.copyOf(rows);
	}

	static MeasuredSymptoms load(Resource resource) {
		TableFile<File> read = TableFile.read(resource, File.class, "measured-symptom table");
		return new MeasuredSymptoms(read.content().name(), read.content().version(), read.fingerprint(),
				read.content().symptoms());
	}

	/** Every measurement of the picture that records one of the symptoms, as a record of that symptom. */
	List<SymptomRecords.SymptomRecord> of(ClinicalPicture picture) {
		List<SymptomRecords.SymptomRecord> records = new ArrayList<>();
		for (ObservationResult result : picture.observations()) {
			rows.stream()
				.filter(r -> r.records(result))
				.findFirst()
				.ifPresent(r -> records.add(new SymptomRecords.SymptomRecord(result.reference(), r.concept(result),
						result.effective(), true)));
		}
		return records;
	}

	String describe() {
		return name + " " + version + " (" + rows.size() + " symptoms, sha256 " + fingerprint + ")";
	}

}
