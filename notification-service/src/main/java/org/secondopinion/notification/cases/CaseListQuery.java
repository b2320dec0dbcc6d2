package org.secondopinion.notification.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a list of cases is filtered by (each {@code null} means any) and sorted in.
 * @param criterion only cases that met this criterion (its code)
 * @param openedBefore only cases opened at or before this time
 * @param search only cases whose patient's name or MRN contains this text, ignoring case
 */
public record CaseListQuery(@Nullable String priority, @Nullable String criterion, @Nullable String facility,
		@Nullable String status, @Nullable Instant openedBefore, @Nullable String search, CaseOrder order,
		boolean descending) {

	/** A query without a search text. */
	public CaseListQuery(@Nullable String priority, @Nullable String criterion, @Nullable String facility,
			@Nullable String status, @Nullable Instant openedBefore, CaseOrder order, boolean descending) {
		this(priority, criterion, facility, status, openedBefore, null, order, descending);
	}

}
