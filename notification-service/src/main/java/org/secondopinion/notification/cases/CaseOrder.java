package org.secondopinion.notification.cases;

import java.util.Arrays;
import java.util.Optional;

/** The orders a list of cases can be sorted in; every order ends with the case id so that pages are stable. */
public enum CaseOrder {

	/** Urgent first, then oldest first. */
	PRIORITY("priority", "case priority when 'urgent' then 0 when 'high' then 1 else 2 end %s, created_at"),

	AGE("age", "created_at %s"),

	/** In lifecycle order, new first. */
	STATUS("status", "array_position(array['new','acknowledged','in-review','referred','closed'], status) %s"),

	FACILITY("facility", "facility %s"),

	/** By the patient's name. */
	PATIENT("patient", "patient->>'name' %s"),

	UPDATED("updated", "updated_at %s"),

	/**
	 * By the date the case is due: the planned procedure's or treatment's day, else the time its priority gives to
	 * acknowledge it; cases with neither (closed, or acknowledged with nothing planned) come last.
	 */
	DUE("due", "due_at %s nulls last");

	private final String key;

	private final String sql;

	CaseOrder(String key, String sql) {
		this.key = key;
		this.sql = sql;
	}

	/** The name the order goes by in a query string, e.g. {@code priority}. */
	public String key() {
		return key;
	}

	public static Optional<CaseOrder> byKey(String key) {
		return Arrays.stream(values()).filter(order -> order.key.equals(key)).findFirst();
	}

	/** The SQL {@code order by} list of this order, in the given direction. */
	public String orderBy(boolean descending) {
		return sql.formatted(descending ? "desc" : "asc") + ", id";
	}

}
