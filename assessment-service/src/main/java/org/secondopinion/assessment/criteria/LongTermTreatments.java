package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.MedicationOrder;
import org.secondopinion.assessment.picture.PerformedProcedure;

/**
 * Long-term treatments watched for quality of life only (endocrine therapy for cancer, immunosuppressants and
 * biologics, interferons, systemic corticosteroids, antiepileptics, antipsychotics): not high-impact on their own, so
 * they never raise a flag by being prescribed, but a patient-reported quality-of-life score that falls by its MID
 * while one runs does. Prescriptions and medication-list entries of one medicine are read as one treatment, from the
 * first to where the last ran to: a renewal does not restart the baseline.
 */
final class LongTermTreatments {

	/** A next prescription of the medicine this soon after the last one's recorded end continues it. */
	static final Duration RENEWAL_GAP = Duration.ofDays(30);

	/**
	 * A prescription that ended with no date on record ran at most this long (a non-controlled prescription cannot be
	 * filled more than a year after it was written in most US states), and only when the same medicine was prescribed
	 * again: otherwise nothing says it ran at all past the day it was written.
	 */
	static final Duration LONGEST_PRESCRIPTION = Duration.ofDays(365);

	private static final Set<String> RUNNING = Set.of("active", "on-hold");

	private static final Set<String> ENDED = Set.of("completed", "stopped");

	private final CodeSet medicines;

	LongTermTreatments(CodeSet medicines) {
		this.medicines = medicines;
	}

	CodeSet medicines() {
		return medicines;
	}

	/**
	 * Implanted treatments of the set that run from the day they were put in (a spinal cord stimulator, a deep brain
	 * stimulator, an intrathecal pump): completed Procedures whose code is in it.
	 */
	List<HighImpactTreatment.Treatment> implanted(List<PerformedProcedure> procedures, Instant now) {
		List<HighImpactTreatment.Treatment> found = new ArrayList<>();
		for (PerformedProcedure procedure : procedures) {
			Instant at = procedure.performedAt();
			Concept code = new Concept(procedure.codes(), procedure.text());
			if ("completed".equals(procedure.status()) && at != null && !at.isAfter(now) && medicines.matches(code)) {
				String name = procedure.text() != null ? procedure.text()
						: procedure.codes().isEmpty() ? "Implant" : procedure.codes().get(0).display();
				found.add(new HighImpactTreatment.Treatment(procedure.reference(), name == null ? "Implant" : name, code,
						HighImpactTreatment.Stage.ONGOING, at, procedure.reasonReferences(), null, null, now));
			}
		}
		return found;
	}

	/** One medicine's prescriptions, joined where each continues the last. */
	List<HighImpactTreatment.Treatment> find(List<MedicationOrder> medications, Instant now) {
		Map<String, List<MedicationOrder>> byMedicine = new LinkedHashMap<>();
		for (MedicationOrder medication : medications) {
			Instant start = medication.start();
			if (start == null || start.isAfter(now) || !(RUNNING.contains(medication.status())
					|| ENDED.contains(medication.status()))
					|| !medicines.matchesCodeOrName(medication.medication())
					|| HighImpactTreatment.appliedLocally(medication.medication())) {
				continue;
			}
			byMedicine.computeIfAbsent(medicine(medication), k -> new ArrayList<>()).add(medication);
		}
		List<HighImpactTreatment.Treatment> found = new ArrayList<>();
		for (List<MedicationOrder> orders : byMedicine.values()) {
			orders.sort(Comparator.comparing(MedicationOrder::start));
			MedicationOrder first = null;
			Instant until = null;
			boolean endKnown = true;
			boolean running = false;
			Instant lastStart = null;
			List<String> problems = new ArrayList<>();
			for (MedicationOrder order : orders) {
				Instant start = order.start();
				if (first != null && !continues(start, lastStart, until, endKnown)) {
					found.add(treatment(first, lastStart, until, endKnown, running, problems, now));
					first = null;
					problems = new ArrayList<>();
				}
				if (first == null) {
					first = order;
					until = null;
				}
				Instant end = end(order, now);
				endKnown = end != null;
				running = RUNNING.contains(order.status());
				until = end == null ? until : until == null || end.isAfter(until) ? end : until;
				lastStart = start;
				problems.addAll(order.reasonReferences());
			}
			if (first != null) {
				found.add(treatment(first, lastStart, until, endKnown, running, problems, now));
			}
		}
		return found;
	}

	private static boolean continues(Instant next, Instant lastStart, @Nullable Instant until, boolean endKnown) {
		if (endKnown && until != null) {
			return !next.isAfter(until.plus(RENEWAL_GAP));
		}
		return !next.isAfter(lastStart.plus(LONGEST_PRESCRIPTION));
	}

	private static HighImpactTreatment.Treatment treatment(MedicationOrder first, Instant lastStart,
			@Nullable Instant until, boolean endKnown, boolean running, List<String> problems, Instant now) {
		// an ended prescription with no end on record ran, as far as the record says, to the day it was written
		Instant end = endKnown && until != null ? until : until != null && until.isAfter(lastStart) ? until : lastStart;
		return new HighImpactTreatment.Treatment(first.reference(), first.display(), first.medication(),
				running ? HighImpactTreatment.Stage.ONGOING : HighImpactTreatment.Stage.DONE, first.start(),
				problems.stream().distinct().toList(), null, null, end);
	}

	/**
	 * Where a prescription ran to: for one still running, the end of its dosage instructions' bounds if recorded, else
	 * now; for one completed or stopped, the end of those bounds (a statement's effective end), else its validity, else
	 * its supply; {@code null} when it ended and the record does not say when.
	 */
	private static @Nullable Instant end(MedicationOrder order, Instant now) {
		Instant taken = order.taken().end();
		if (RUNNING.contains(order.status())) {
			return taken != null && taken.isBefore(now) ? taken : now;
		}
		if (taken != null) {
			return taken;
		}
		if (order.validity().end() != null && order.authoredOn() != null) {
			return order.validity().end();
		}
		return order.supply() != null && order.start() != null ? order.start().plus(order.supply()) : null;
	}

	/** The medicine a prescription is of: the words of its name before the strength ("anastrozole 1 mg tablet"). */
	private static String medicine(MedicationOrder order) {
		String name = order.display().toLowerCase(Locale.ROOT).strip();
		int digit = 0;
		while (digit < name.length() && !Character.isDigit(name.charAt(digit))) {
			digit++;
		}
		String words = name.substring(0, digit).strip();
		return words.isEmpty() ? name : words;
	}

}
