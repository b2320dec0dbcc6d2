package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * The monitored-measures table: a JSON file with a name, a version, a description and the measures. Each measure
 * names the conditions whose treatment it monitors as a FHIR ValueSet file (a family: ICD-10-CM categories,
 * SNOMED CT hierarchies), given relative to the table ({@code ../valuesets/monitored-depression.json}); a measure
 * without one monitors the treatment of any condition.
 */
record MeasureTable(String name, String version, String description, List<MonitoredMeasure> measures,
		String fingerprint) {

	private record File(String name, String version, String description, List<Row> measures) {
	}

	/** A measure as the file writes it: its conditions as the location of a value set. */
	private record Row(String name, List<String> codes, @Nullable List<String> texts, String worse, BigDecimal mcid,
			@Nullable BigDecimal mcidPercent, String unit,
			List<MonitoredMeasure.UnitConversion> units, boolean unitOptional, @Nullable String conditions,
			@Nullable String treatments, @Nullable String source) {
	}

	static MeasureTable load(ValueSetFiles files, Resource resource) {
		TableFile<File> read = TableFile.read(resource, File.class, "measure table");
		File file = read.content();
		// measures that share a family (PHQ-9 and EPDS) share one value set, loaded and refreshed once
		Map<String, CodeSet> families = new HashMap<>();
		List<MonitoredMeasure> measures = file.measures().stream().map(row -> {
			CodeSet conditions = row.conditions() == null || row.conditions().isBlank() ? null
					: families.computeIfAbsent(row.conditions().strip(),
							location -> files.valueSet(relative(resource, location, row.name())));
			if (row.codes().isEmpty() && (row.texts() == null || row.texts().isEmpty())) {
				throw new IllegalStateException("Measure table " + resource.getDescription() + ": " + row.name()
						+ " needs codes or texts");
			}
			CodeSet treatments = row.treatments() == null || row.treatments().isBlank() ? null
					: families.computeIfAbsent(row.treatments().strip(),
							location -> files.valueSet(relative(resource, location, row.name())));
			if (treatments != null && conditions == null) {
				throw new IllegalStateException("Measure table " + resource.getDescription() + ": " + row.name()
						+ " names treatments but no conditions: a treatment counts only with a condition of the family");
			}
			return new MonitoredMeasure(row.name(), row.codes(),
					new Phrases(row.texts() == null ? List.of() : row.texts()), row.worse(), row.mcid(), row.mcidPercent(),
					row.unit(), row.units(),
					row.unitOptional(), conditions, row.source(), treatments);
		}).toList();
		return new MeasureTable(file.name(), file.version(), file.description(), measures, read.fingerprint());
	}

	private static Resource relative(Resource table, String location, String measure) {
		try {
			Resource conditions = table.createRelative(location);
			if (!conditions.exists()) {
				throw new IllegalStateException("Measure table " + table.getDescription() + ": the conditions of "
						+ measure + ", " + location + ", do not exist (a path relative to the table)");
			}
			return conditions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Measure table " + table.getDescription() + ": cannot resolve the "
					+ "conditions of " + measure + ", " + location, ex);
		}
	}

	/** The value sets of the measures' conditions and treatments, for the rule catalog and the terminology refresh. */
	List<CodeSet> conditionSets() {
		return measures.stream()
			.flatMap(m -> java.util.stream.Stream.of(m.conditions(), m.treatments()))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	String describe() {
		return name + " " + version + " (" + measures.size() + " measures, sha256 " + fingerprint + ")";
	}

}
