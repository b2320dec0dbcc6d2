package org.secondopinion.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a flag is still open or was resolved because no criterion is met any more. */
public enum FlagStatus {

	OPEN("open"),
	RESOLVED("resolved");

	private final String code;

	FlagStatus(String code) {
		this.code = code;
	}

	/** The value as the contract spells it, e.g. {@code open}. */
	@JsonValue
	public String code() {
		return code;
	}

	/**
	 * The status of a value as the contract spells it.
	 * @throws InvalidEventException when the value is neither {@code open} nor {@code resolved}
	 */
	@JsonCreator
	public static FlagStatus of(String code) {
		return Vocabulary.parse(FlagStatus.class, code, "flag status");
	}

	@Override
	public String toString() {
		return code;
	}

}
