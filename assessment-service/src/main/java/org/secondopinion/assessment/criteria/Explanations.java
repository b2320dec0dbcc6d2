package org.secondopinion.assessment.criteria;

import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;

/** Which symptoms and abnormal results a diagnosis accounts for, read from the explanation concept map. */
final class Explanations {

	private final CodeMap map;

	Explanations(CodeMap map) {
		this.map = map;
	}

	/** Whether the map says anything about this diagnosis; one it does not know explains nothing. */
	boolean knows(Concept diagnosis) {
		return map.hasSource(diagnosis);
	}

	/**
	 * Whether a new diagnosis of this kind is judged: the map knows it, and not only as an established disease that
	 * explains findings (marked explains-only), whose course and complications are not a sign of a wrong label.
	 */
	boolean judges(Concept diagnosis) {
		return map.hasJudgedSource(diagnosis);
	}

	boolean explains(Concept diagnosis, Concept finding) {
		for (CodedConcept target : map.targetsOf(diagnosis)) {
			for (CodedConcept given : finding.codings()) {
				CodedConcept coding = NationalIcd10.canonical(given);
				// a finding in WHO's ICD-10 or a national modification of it is read by its ICD-10-CM category
				String system = NationalIcd10.isOne(coding.system()) && target.system().equals(CodePrefix.ICD10_CM)
						? CodePrefix.ICD10_CM : coding.system();
				if (target.system().equals(system) && (target.code().equals(coding.code())
						|| (CodePrefix.PREFIX_SYSTEMS.contains(system)
								&& CodePrefix.normalise(coding.code()).startsWith(CodePrefix.normalise(target.code()))))) {
					return true;
				}
			}
		}
		return false;
	}

	String describe() {
		return map.describe();
	}

}
