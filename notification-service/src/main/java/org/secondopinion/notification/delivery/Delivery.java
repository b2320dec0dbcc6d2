package org.secondopinion.notification.delivery;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One queued alert.
 * @param target comma-separated e-mail addresses, or the webhook URL
 * @param urgent sent with high importance
 * @param traceParent the W3C {@code traceparent} of the change that queued it, which its sending continues
 */
record Delivery(UUID id, String channel, String target, @Nullable String subject, String body, boolean urgent,
		int attempts, @Nullable String traceParent) {
}
