package org.secondopinion.assessment.criteria;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.Concept;
import org.springframework.core.io.Resource;

/** The quality-of-life measures table: a JSON file with a name, a version, a description and the measures. */
record QualityOfLifeTable(String name, String version, List<Measure> measures, String fingerprint) {

	/**
	 * One patient-reported score.
	 * @param codes its codes, {@code system|code}
	 * @param texts words of its code text or display, for instruments without a standard code
	 * @param worse {@code higher} or {@code lower}: which way is worse
	 * @param mcid the minimal important difference: a fall at least this large matters to patients
	 * @param source where the codes and the MID come from
	 */
	record Measure(String name, List<String> codes, List<String> texts, String worse, BigDecimal mcid,
			@Nullable String source) {

		Measure {
			codes = List.copyOf(codes);
			texts = List.copyOf(texts);
			if (!"higher".equals(worse) && !"lower".equals(worse)) {
				throw new IllegalStateException("Quality-of-life measure " + name + ": worse must be 'higher' or "
						+ "'lower', not " + worse);
			}
			if (mcid.signum() <= 0) {
				throw new IllegalStateException("Quality-of-life measure " + name + ": mcid must be positive");
			}
			if (codes.isEmpty() && texts.isEmpty()) {
				throw new IllegalStateException("Quality-of-life measure " + name + " needs codes or texts");
			}
		}

		boolean higherIsBetter() {
			return "lower".equals(worse);
		}

		@Override
		public String toString() {
			return name + " " + codes + (texts.isEmpty() ? "" : " or text " + texts) + " mcid "
					+ mcid.stripTrailingZeros().toPlainString() + " " + worse + " is worse";
		}

	}

	private record File(String name, String version, String description, List<Measure> measures) {
	}

	static QualityOfLifeTable load(Resource resource) {
		TableFile<File> read = TableFile.read(resource, File.class, "quality-of-life table");
		File file = read.content();
		return new QualityOfLifeTable(file.name(), file.version(), List.copyOf(file.measures()), read.fingerprint());
	}

	String describe() {
		return name + " " + version + " (" + measures.size() + " measures, sha256 " + fingerprint + ")";
	}

	/** Whether the observation code is a score of the measure: by code, else by its text or displays. */
	static boolean scores(Concept code, Measure measure, Phrases texts) {
		return Codes.listed(code, measure.codes()) || InstrumentNames.names(code, texts);
	}

}
