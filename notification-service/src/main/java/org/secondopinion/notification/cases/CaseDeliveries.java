package org.secondopinion.notification.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The alerts sent or waiting to be sent for a case; the delivery feature implements it. */
public interface CaseDeliveries {

	List<Delivery> of(CaseId caseId);

	/**
	 * One alert: {@code pending} until the channel accepted it ("delivery pending" on the case), {@code sent}, or
	 * {@code failed} when the worker gave up on it.
	 * @param channel {@code email} or {@code webhook}
	 * @param recipients the e-mail addresses of an e-mail; none for a webhook (its URL may hold a secret)
	 */
	record Delivery(String id, String channel, String status, int attempts, Instant createdAt,
			@Nullable Instant sentAt, @Nullable Instant nextAttemptAt, @Nullable String lastError,
			@Nullable String recipients) {

		/** Not accepted by its channel yet: waiting, retried after an error, or given up. */
		public boolean undelivered() {
			return !"sent".equals(status);
		}

		/** The worker gave up on it after {@code attempts} tries. */
		public boolean failed() {
			return "failed".equals(status);
		}

	}

}
