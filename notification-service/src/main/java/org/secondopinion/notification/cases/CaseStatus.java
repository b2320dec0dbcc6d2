package org.secondopinion.notification.cases;

import java.util.Arrays;
import java.util.Optional;

/** Where a case stands: {@code new → acknowledged → in-review → referred → closed}. */
public enum CaseStatus {

	NEW("new"), ACKNOWLEDGED("acknowledged"), IN_REVIEW("in-review"), REFERRED("referred"), CLOSED("closed");

	private final String code;

	CaseStatus(String code) {
		this.code = code;
	}

	/** The code used in the API and the database, e.g. {@code in-review}. */
	public String code() {
		return code;
	}

	public static Optional<CaseStatus> fromCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}

	@Override
	public String toString() {
		return code;
	}

}
