package org.secondopinion.notification.cases;

import java.util.Arrays;
import java.util.Optional;

/** How a case ended. */
public enum Outcome {

	SECOND_OPINION_OBTAINED("second-opinion-obtained"), PATIENT_DECLINED("patient-declined"), NOT_NEEDED("not-needed");

	private final String code;

	Outcome(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<Outcome> fromCode(String code) {
		return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
	}

	@Override
	public String toString() {
		return code;
	}

}
