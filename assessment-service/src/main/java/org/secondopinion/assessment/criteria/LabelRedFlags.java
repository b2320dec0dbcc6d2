package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.springframework.core.io.Resource;

/**
 * Labels given by exclusion (irritable bowel syndrome, growing pains, fibromyalgia, tension-type headache…) with the
 * red flags each does not explain, read
 * from a JSON table: the labels and the red-flag findings as FHIR ValueSet files relative to the table (findings are
 * read as {@link AlarmFindings} reads red flags: by code, or uncoded by their words, not negated), and the abnormal
 * results that are red flags for the label (a raised faecal calprotectin after an irritable bowel label, low counts
 * after growing pains).
 */
final class LabelRedFlags {

	private record File(String name, String version, String description, @Nullable String notes, List<Row> labels) {
	}

	private record Row(String name, String labels, String findings, List<ResultRow> results,
			@Nullable Integer minimumRedFlags, @Nullable AgeAtLabel ageAtLabel, @Nullable Integer withinYears,
			@Nullable String basis, @Nullable String source, @Nullable Boolean byExclusion) {
	}

	/**
	 * The age at or above which being given the label is itself one red flag (dyspepsia new at 60 or over), never
	 * enough alone: it counts only towards a {@code minimumRedFlags} of two or more.
	 */
	record AgeAtLabel(int atLeast, String name) {
	}

	/**
	 * A test that is a red flag when it reads {@code high}, {@code low} or {@code abnormal}, or, read
	 * {@code at-least}, only at or beyond its thresholds (a blood pressure of 180 mmHg systolic, not any raised one).
	 * {@code explainedBy} is a FHIR ValueSet file, relative to the table, of the diagnoses that account for the result
	 * when active (hypertension for a raised blood pressure), besides those the explanation map says explain it.
	 */
	record ResultRow(String name, List<String> codes, String reads, @Nullable List<Threshold> atLeast,
			@Nullable String explainedBy, @Nullable Integer fromAge, @Nullable Boolean weak, @Nullable List<String> texts) {

		ResultRow {
			if (!List.of("high", "low", "abnormal", "at-least").contains(reads)) {
				throw new IllegalStateException("Label red flags: " + name + " reads '" + reads
						+ "', not high, low, abnormal or at-least");
			}
			if ("at-least".equals(reads) && (atLeast == null || atLeast.isEmpty())) {
				throw new IllegalStateException("Label red flags: " + name + " reads at-least without thresholds");
			}
		}

		/** Whether the test is a red flag at the patient's age on the day ({@code fromAge}: only at or over it). */
		boolean appliesAt(ClinicalPicture picture, Instant at) {
			if (fromAge == null) {
				return true;
			}
			OptionalInt age = ageAt(picture, at);
			return age.isPresent() && age.getAsInt() >= fromAge;
		}

		/** A weak red flag counts towards the label's minimum, but it is never enough alone. */
		boolean isWeak() {
			return Boolean.TRUE.equals(weak);
		}

		/**
		 * Whether the result is one of this test's: by its code, or, for a laboratory's own code, by a name in
		 * {@code texts} that its code's text or a display holds ("GAD65 antibodies", "C-peptide (random)",
		 * "F-Kalprotektin", "Proteína C reativa"), from the start of a word, case, accents and punctuation ignored and
		 * words {@linkplain ConceptNames#fold(String) folded} to one spelling; a name of three letters or fewer
		 * ("CRP", "ESR") only as a whole word.
		 */
		boolean measures(ObservationResult result) {
			if (!result.isResult()) {
				return false;
			}
			if (result.code().codings().stream().anyMatch(c -> codes.contains(c.system() + "|" + c.code()))) {
				return true;
			}
			return texts != null && TestNames.named(result.code(), texts);
		}

		/** Whether the result is one of this test's and reads as the red flag. */
		boolean flags(ObservationResult result) {
			if (!measures(result)) {
				return false;
			}
			boolean abnormal = result.reading() == ObservationResult.Reading.ABNORMAL;
			boolean read = switch (reads) {
				case "high" -> abnormal && result.readsHigh();
				case "low" -> abnormal && result.readsLow();
				case "at-least" -> false;
				default -> abnormal;
			};
			return read || (atLeast != null && result.value() != null && atLeast.stream()
				.anyMatch(t -> t.unit().equals(result.value().unit()) && result.value().value().compareTo(t.value()) >= 0));
		}

	}

	/** A value at or above which, in this unit, the result is a red flag even without an interpretation. */
	record Threshold(String unit, BigDecimal value) {
	}

	/** A red-flag test of a label, with the diagnoses that account for it ({@code null}: only the map's). */
	record Result(ResultRow row, @Nullable CodeSet explainedBy) {

		boolean accountedForBy(Concept diagnosis) {
			return explainedBy != null && explainedBy.matches(diagnosis);
		}

	}

	/**
	 * One label and its red flags; it does not fit once {@code minimumRedFlags} different ones (findings or tests)
	 * followed it. {@code withinYears}: only red flags this many years of the label count (a Parkinson's disease label
	 * is questioned by falls and autonomic failure early in the disease, not after a decade of it); {@code basis}: what
	 * the reason says the label rests on, by default that it is a diagnosis of exclusion; {@code byExclusion}: false for a
	 * label that is a disease in its own right (type 2 diabetes), which counts as a cause found when made after another.
	 */
	record Label(String name, CodeSet labels, AlarmFindings findings, List<Result> results, int minimumRedFlags,
			@Nullable AgeAtLabel ageAtLabel, @Nullable Integer withinYears, @Nullable String basis, boolean byExclusion) {

		/** Whether a red flag on this day is too long after the label given on {@code made} to question it. */
		boolean tooLateAfter(Instant made, Instant at) {
			return withinYears != null
					&& at.isAfter(made.atZone(ZoneOffset.UTC).plusYears(withinYears).toInstant());
		}

		/** What the reason says the label rests on. */
		String rests() {
			return basis != null ? basis : name + " is a diagnosis of exclusion";
		}

	}

	/** The patient's age in whole years on a day, when the birth date is known (a year alone is read as 1 January). */
	static OptionalInt ageAt(ClinicalPicture picture, Instant at) {
		String birthDate = picture.details().birthDate();
		if (birthDate == null || birthDate.length() < 4) {
			return OptionalInt.empty();
		}
		try {
			LocalDate born = birthDate.length() >= 10 ? LocalDate.parse(birthDate.substring(0, 10))
					: LocalDate.of(Integer.parseInt(birthDate.substring(0, 4)), 1, 1);
			return OptionalInt.of(Period.between(born, LocalDate.ofInstant(at, ZoneOffset.UTC)).getYears());
		}
		catch (DateTimeException | NumberFormatException ex) {
			return OptionalInt.empty();
		}
	}

	private final String name;

	private final String version;

	private final String fingerprint;

	private final List<Label> labels;

	private final @Nullable NoteRedFlags notes;

	private LabelRedFlags(String name, String version, String fingerprint, List<Label> labels,
			@Nullable NoteRedFlags notes) {
		this.name = name;
		this.version = version;
		this.fingerprint = fingerprint;
		this.labels = List.copyOf(labels);
		this.notes = notes;
	}

	static LabelRedFlags load(ValueSetFiles files, Resource resource) {
		TableFile<File> read = TableFile.read(resource, File.class, "label red-flag table");
		Map<String, AlarmFindings> findings = new HashMap<>();
		Map<String, CodeSet> explainers = new HashMap<>();
		List<Label> labels = new ArrayList<>();
		for (Row row : read.content().labels()) {
			List<Result> results = new ArrayList<>();
			for (ResultRow result : row.results() == null ? List.<ResultRow>of() : row.results()) {
				results.add(new Result(result, result.explainedBy() == null ? null
						: explainers.computeIfAbsent(result.explainedBy().strip(),
								location -> files.valueSet(relative(resource, location, row.name())))));
			}
			int minimum = row.minimumRedFlags() == null ? 1 : row.minimumRedFlags();
			if (minimum < 1) {
				throw new IllegalStateException("Label red-flag table " + resource.getDescription() + ": "
						+ row.name() + " needs minimumRedFlags of 1 or more");
			}
			if (row.ageAtLabel() != null && minimum < 2) {
				throw new IllegalStateException("Label red-flag table " + resource.getDescription() + ": "
						+ row.name() + " counts an age at the label, which is never enough alone: it needs "
						+ "minimumRedFlags of 2 or more");
			}
			labels.add(new Label(row.name(), files.valueSet(relative(resource, row.labels(), row.name())),
					findings.computeIfAbsent(row.findings().strip(),
							location -> files.alarmFindings(relative(resource, location, row.name()))),
					results, minimum, row.ageAtLabel(), row.withinYears(), row.basis(),
					!Boolean.FALSE.equals(row.byExclusion())));
		}
		String notes = read.content().notes();
		return new LabelRedFlags(read.content().name(), read.content().version(), read.fingerprint(), labels,
				notes == null || notes.isBlank() ? null : NoteRedFlags.load(relative(resource, notes, "notes")));
	}

	private static Resource relative(Resource table, String location, String label) {
		try {
			Resource file = table.createRelative(location.strip());
			if (!file.exists()) {
				throw new IllegalStateException("Label red-flag table " + table.getDescription() + ": " + location
						+ " of " + label + " does not exist (a path relative to the table)");
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Label red-flag table " + table.getDescription() + ": cannot resolve "
					+ location + " of " + label, ex);
		}
	}

	/** The label a diagnosis is, by code or, uncoded in the set's systems, by name. */
	Optional<Label> labelOf(Concept diagnosis) {
		return labels.stream().filter(l -> l.labels().matches(diagnosis)).findFirst();
	}

	/**
	 * Whether a diagnosis is one of the labels given by exclusion, so that it does not count as the cause the work-up
	 * found; a label that is a disease in its own right ({@code byExclusion} false: type 2 diabetes) does.
	 */
	boolean isLabel(Concept diagnosis) {
		return labels.stream().anyMatch(l -> l.byExclusion() && l.labels().matches(diagnosis));
	}

	/** The value sets of the labels and their findings, for the rule catalog and the terminology refresh. */
	List<CodeSet> valueSets() {
		List<CodeSet> sets = new ArrayList<>();
		labels.forEach(l -> {
			sets.add(l.labels());
			if (!sets.contains(l.findings().codes())) {
				sets.add(l.findings().codes());
			}
			l.results().stream().map(Result::explainedBy).filter(java.util.Objects::nonNull)
				.filter(set -> !sets.contains(set)).forEach(sets::add);
		});
		return sets;
	}

	/** The red-flag findings read in free text (notes, Observation notes, visit reasons, report conclusions), if any. */
	Optional<NoteRedFlags> notes() {
		return Optional.ofNullable(notes);
	}

	String describe() {
		return name + " " + version + " (" + labels.size() + " labels, sha256 " + fingerprint + ")"
				+ (notes == null ? "" : "; notes: " + notes.describe());
	}

}
