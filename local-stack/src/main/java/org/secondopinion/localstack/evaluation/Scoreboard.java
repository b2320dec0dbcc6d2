package org.secondopinion.localstack.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall per criterion: for every case and every criterion, the criterion was expected or not and
 * flagged or not. A criterion flagged but not expected is a false positive, expected but not flagged a false
 * negative, whatever criterion the case was written about.
 */
final class Scoreboard {

	private final Map<String, Counts> byCriterion = new TreeMap<>();

	private final List<String> disagreements = new ArrayList<>();

	Scoreboard(List<String> criteria) {
		criteria.forEach(code -> byCriterion.put(code, new Counts()));
	}

	/** Records one case: what the clinician expected and what the assessment flagged. */
	void record(String caseId, Set<String> expected, Set<String> flagged) {
		for (String code : union(expected, flagged)) {
			Counts counts = byCriterion.computeIfAbsent(code, c -> new Counts());
			boolean wanted = expected.contains(code);
			boolean got = flagged.contains(code);
			if (wanted && got) {
				counts.truePositives++;
			}
			else if (got) {
				counts.falsePositives++;
				disagreements.add(caseId + ": " + code + " flagged but not expected");
			}
			else {
				counts.falseNegatives++;
				disagreements.add(caseId + ": " + code + " expected but not flagged");
			}
		}
	}

	Counts counts(String criterion) {
		return byCriterion.getOrDefault(criterion, new Counts());
	}

	Counts overall() {
		Counts all = new Counts();
		byCriterion.values().forEach(c -> {
			all.truePositives += c.truePositives;
			all.falsePositives += c.falsePositives;
			all.falseNegatives += c.falseNegatives;
		});
		return all;
	}

	List<String> disagreements() {
		return List.copyOf(disagreements);
	}

	/** A Markdown table: one row per criterion and one for all of them. */
	String table() {
		StringBuilder out = new StringBuilder();
		out.append("| criterion | expected | flagged | true positives | precision | recall |\n");
		out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
		byCriterion.forEach((code, counts) -> out.append(row("`" + code + "`", counts)));
		out.append(row("**all criteria**", overall()));
		return out.toString();
	}

	private static String row(String name, Counts c) {
		return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", name, c.expected(), c.flagged(),
				c.truePositives, ratio(c.precision()), ratio(c.recall()));
	}

	private static String ratio(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new java.util.TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	/** Counts of one criterion. */
	static final class Counts {

		int truePositives;

		int falsePositives;

		int falseNegatives;

		int expected() {
			return truePositives + falseNegatives;
		}

		int flagged() {
			return truePositives + falsePositives;
		}

		/** Of the flags raised, the share that was expected; NaN when nothing was flagged. */
		double precision() {
			return flagged() == 0 ? Double.NaN : (double) truePositives / flagged();
		}

		/** Of the criteria expected, the share that was flagged; NaN when nothing was expected. */
		double recall() {
			return expected() == 0 ? Double.NaN : (double) truePositives / expected();
		}

	}

}
