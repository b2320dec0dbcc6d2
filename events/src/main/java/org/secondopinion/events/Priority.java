package org.secondopinion.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How soon a flag needs a coordinator: {@code urgent} when a major or high-impact procedure is planned within 30
 * days, {@code high} when two or more criteria are met, otherwise {@code routine}. Declared most pressing first.
 */
public enum Priority {

	URGENT("urgent", "Urgent"),
	HIGH("high", "High"),
	ROUTINE("routine", "Routine");

	private final String code;

	private final String label;

	Priority(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The value as the contract spells it, e.g. {@code urgent}. */
	@JsonValue
	public String code() {
		return code;
	}

	/** The name pages show, e.g. {@code Urgent}. */
	public String label() {
		return label;
	}

	/**
	 * The priority of a value as the contract spells it.
	 * @throws InvalidEventException when the value is not one of the three
	 */
	@JsonCreator
	public static Priority of(String code) {
		return Vocabulary.parse(Priority.class, code, "priority");
	}

	@Override
	public String toString() {
		return code;
	}

}
