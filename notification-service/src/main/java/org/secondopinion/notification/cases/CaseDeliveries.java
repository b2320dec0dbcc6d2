package org.secondopinion.notification.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The alerts sent or waiting to be sent for a case; the delivery feature implements it. */
public interface CaseDeliveries {

	List<Delivery> of(CaseId caseId);

	/**
	 * One alert: {@code pending} until the channel accepted it ("delivery pending" on the case).
	 * @param channel {@code email} or {@code webhook}
	 */
	record Delivery(String id, String channel, String status, int attempts, Instant createdAt,
			@Nullable Instant sentAt, @Nullable Instant nextAttemptAt, @Nullable String lastError) {
	}

}
