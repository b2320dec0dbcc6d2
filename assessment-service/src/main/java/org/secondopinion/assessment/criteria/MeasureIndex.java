package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;

/**
 * Which measures of a table (the monitored measures, the quality-of-life instruments) an observation code is a value
 * of, remembered per code: a record repeats a few dozen codes over its hundreds of results, and a table has a few
 * dozen measures, so asking each measure about each result would read every code's codings and names some ten
 * thousand times a patient. A code is asked of each measure once, in the table's order; the answer is the same as
 * asking again, as a measure's codes and names do not change.
 */
final class MeasureIndex {

	/** At most this many codes are remembered: EHRs label their results with a few hundred distinct codes. */
	private static final int REMEMBERED = 10_000;

	private static final int[] NONE = new int[0];

	private final List<Predicate<Concept>> measures;

	private final Map<Concept, int[]> known = new ConcurrentHashMap<>();

	/** @param measures whether a code is a value of each measure, in the table's order */
	MeasureIndex(List<Predicate<Concept>> measures) {
		this.measures = List.copyOf(measures);
	}

	/** The positions, in the table, of the measures the code is a value of, in ascending order. */
	int[] measuresOf(Concept code) {
		int[] found = known.get(code);
		if (found == null) {
			found = ask(code);
			if (known.size() < REMEMBERED) {
				known.put(code, found);
			}
		}
		return found;
	}

	/**
	 * For each measure, in the table's order, the observations whose code is a value of it, in the order given: the
	 * same as filtering the observations with the measure, once per measure.
	 */
	List<List<ObservationResult>> values(List<ObservationResult> observations) {
		List<List<ObservationResult>> values = new ArrayList<>(measures.size());
		for (int m = 0; m < measures.size(); m++) {
			values.add(null);
		}
		for (int i = 0; i < observations.size(); i++) {
			ObservationResult observation = observations.get(i);
			for (int m : measuresOf(observation.code())) {
				List<ObservationResult> of = values.get(m);
				if (of == null) {
					of = new ArrayList<>();
					values.set(m, of);
				}
				of.add(observation);
			}
		}
		for (int m = 0; m < measures.size(); m++) {
			if (values.get(m) == null) {
				values.set(m, List.of());
			}
		}
		return values;
	}

	private int[] ask(Concept code) {
		int[] found = new int[measures.size()];
		int count = 0;
		for (int m = 0; m < measures.size(); m++) {
			if (measures.get(m).test(code)) {
				found[count++] = m;
			}
		}
		return count == 0 ? NONE : Arrays.copyOf(found, count);
	}

}
