package org.secondopinion.localstack.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An evaluation set on disk: {@code expectations.json} (the anchor date the records are written against, and per
 * case the criteria a clinician expects) and {@code cases/<case>.json}, one FHIR R4 transaction Bundle per patient
 * whose Patient id is the case id.
 * @param anchorDate the day the records treat as "today"
 */
record EvaluationSet(LocalDate anchorDate, List<Case> cases) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	EvaluationSet {
		cases = List.copyOf(cases);
	}

	/**
	 * One patient of the set.
	 * @param id the case id, which is also the Patient's id
	 * @param target the criterion the case was written about
	 * @param kind {@code positive} or {@code near-miss}
	 * @param expected every criterion a clinician says the record meets
	 */
	record Case(String id, String target, String kind, Set<String> expected, String why, JsonNode bundle) {

		Case {
			expected = Set.copyOf(expected);
		}

	}

	static EvaluationSet load(Path directory) {
		Path expectations = directory.resolve("expectations.json");
		if (!Files.isRegularFile(expectations)) {
			throw new IllegalArgumentException("No expectations.json in " + directory.toAbsolutePath());
		}
		try {
			JsonNode root = JSON.readTree(Files.readString(expectations));
			List<Case> cases = new ArrayList<>();
			for (JsonNode entry : root.path("cases")) {
				String id = entry.path("case").asString();
				Path file = directory.resolve("cases").resolve(id + ".json");
				if (!Files.isRegularFile(file)) {
					throw new IllegalArgumentException("Case " + id + " has no file " + file);
				}
				Set<String> expected = new LinkedHashSet<>();
				entry.path("expected").forEach(code -> expected.add(code.asString()));
				cases.add(new Case(id, entry.path("target").asString(), entry.path("kind").asString(), expected,
						entry.path("why").asString(), JSON.readTree(Files.readString(file))));
			}
			if (cases.isEmpty()) {
				throw new IllegalArgumentException("expectations.json in " + directory + " lists no case");
			}
			return new EvaluationSet(LocalDate.parse(root.path("anchorDate").asString()), cases);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the evaluation set in " + directory, ex);
		}
	}

}
