package org.secondopinion.assessment.criteria;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.secondopinion.assessment.picture.ClinicalPicture;

/**
 * Each criterion of an evaluator timed on its own over the same pictures, for the re-assessment benchmark: the median,
 * over the rounds, of this thread's CPU time per picture, after warm-up rounds of at least the given CPU time.
 */
public final class CriterionTimes {

	private CriterionTimes() {
	}

	/** Each criterion's code with its median CPU time per picture, in microseconds, in the order of evaluation. */
	public static Map<String, Double> microsPerPicture(CriteriaEvaluator evaluator, List<ClinicalPicture> pictures,
			Instant now, int rounds, long warmUpNanos) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Criterion> criteria = evaluator.criteria();
		long sink = 0;
		long warmUpStarted = threads.getCurrentThreadCpuTime();
		int warmUps = 0;
		while (warmUps < 2 || threads.getCurrentThreadCpuTime() - warmUpStarted < warmUpNanos) {
			for (Criterion criterion : criteria) {
				for (ClinicalPicture picture : pictures) {
					sink += criterion.evaluate(picture, now, gap -> { }).isPresent() ? 1 : 0;
				}
			}
			warmUps++;
		}
		double[][] micros = new double[criteria.size()][rounds];
		for (int round = 0; round < rounds; round++) {
			for (int c = 0; c < criteria.size(); c++) {
				long started = threads.getCurrentThreadCpuTime();
				for (ClinicalPicture picture : pictures) {
					sink += criteria.get(c).evaluate(picture, now, gap -> { }).isPresent() ? 1 : 0;
				}
				micros[c][round] = (threads.getCurrentThreadCpuTime() - started) / 1e3 / pictures.size();
			}
		}
		if (sink == Long.MIN_VALUE) {
			System.out.println(sink);
		}
		Map<String, Double> medians = new LinkedHashMap<>();
		for (int c = 0; c < criteria.size(); c++) {
			Arrays.sort(micros[c]);
			medians.put(criteria.get(c).code().code(), micros[c][rounds / 2]);
		}
		return medians;
	}

}
