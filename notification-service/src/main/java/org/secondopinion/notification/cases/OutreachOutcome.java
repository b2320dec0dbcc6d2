package org.secondopinion.notification.cases;

import java.util.Arrays;
import java.util.Optional;

/** What came of an attempt to reach the patient. */
public enum OutreachOutcome {

	REACHED("reached", "Called, spoke with the patient"), NO_ANSWER("no-answer", "Called, no answer"),
	LEFT_MESSAGE("left-message", "Left a message"), PATIENT_DECLINED("patient-declined", "Patient declined"),
	SCHEDULED("scheduled", "Second-opinion visit scheduled"), WRONG_NUMBER("wrong-number", "Wrong or disconnected number"),
	OTHER("other", "Other (see note)");

	private final String code;

	private final String label;

	OutreachOutcome(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<OutreachOutcome> fromCode(String code) {
		return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
	}

}
