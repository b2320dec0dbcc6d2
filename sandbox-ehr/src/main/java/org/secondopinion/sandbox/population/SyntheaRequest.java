package org.secondopinion.sandbox.population;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Synthea is asked to generate, and its command line. Seeds and dates are pinned, so the same request gives the
 * same records on every machine and every day.
 *
 * @param patients how many patients, dead or alive ({@code -p}, with {@code -o false}: no extra dead ones)
 * @param seed the seed of the patients ({@code -s}) and of the clinicians ({@code -cs})
 * @param endDate when the simulation ends ({@code -e}); also its reference date for ages ({@code -r})
 * @param yearsOfHistory how many years of each record are exported
 */
record SyntheaRequest(int patients, long seed, LocalDate endDate, int yearsOfHistory) {

	private static final DateTimeFormatter SYNTHEA_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	SyntheaRequest {
		if (patients < 1) {
			throw new IllegalArgumentException("Synthea needs at least one patient to generate: " + patients);
		}
	}

	/** The arguments of Synthea's main class, writing to {@code outputDirectory}. */
	List<String> arguments(Path outputDirectory) {
		List<String> arguments = new ArrayList<>(settingArguments());
		arguments.add("--exporter.baseDirectory=" + outputDirectory.toAbsolutePath() + "/");
		return arguments;
	}

	/**
	 * The name of the cache entry for this request: what it asks for, Synthea's version and a hash of the whole
	 * command line (so that a changed option is a new entry).
	 */
	String cacheKey(String syntheaVersion) {
		String options = syntheaVersion + " " + String.join(" ", settingArguments());
		return "synthea-" + syntheaVersion + "-patients-" + patients + "-seed-" + seed + "-" + sha256(options);
	}

	private List<String> settingArguments() {
		String date = SYNTHEA_DATE.format(endDate);
		List<String> arguments = new ArrayList<>(List.of("-s", Long.toString(seed), "-cs", Long.toString(seed), "-p",
				Integer.toString(patients), "-o", "false", "-r", date, "-e", date));
		options().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return arguments;
	}

	/** Synthea settings: FHIR R4 transaction bundles only, one file per patient named by its id, plus the providers. */
	private Map<String, String> options() {
		Map<String, String> options = new TreeMap<>();
		options.put("exporter.fhir.export", "true");
		options.put("exporter.fhir.transaction_bundle", "true");
		options.put("exporter.fhir.bulk_data", "false");
		options.put("exporter.hospital.fhir.export", "true");
		options.put("exporter.practitioner.fhir.export", "true");
		options.put("exporter.years_of_history", Integer.toString(yearsOfHistory));
		options.put("exporter.use_uuid_filenames", "true");
		options.put("exporter.pretty_print", "false");
		options.put("exporter.metadata.export", "false");
		options.put("exporter.csv.export", "false");
		options.put("exporter.ccda.export", "false");
		options.put("exporter.fhir_stu3.export", "false");
		options.put("exporter.fhir_dstu2.export", "false");
		// Synthea prints each patient's name as it finishes one: keep names out of its output.
		options.put("generate.log_patients.detail", "none");
		return options;
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
