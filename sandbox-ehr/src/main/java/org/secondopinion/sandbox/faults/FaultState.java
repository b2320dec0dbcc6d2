package org.secondopinion.sandbox.faults;

import java.util.List;

/**
 * How the fault switches are set, as {@code GET /admin/faults} shows them.
 *
 * @param latencyMs how long every request waits before it is served
 * @param failNext the failures planned for the next requests
 * @param dropConnection the dropped connections planned for the next responses
 * @param duplicateAcrossPages whether each page starts with the last entry of the page before
 * @param pageSizeCap the most entries a page holds, whatever {@code _count} asks; 0 for no cap
 * @param malformed the resources sent malformed, as {@code Type/id}
 */
public record FaultState(long latencyMs, Failures failNext, Drops dropConnection, boolean duplicateAcrossPages,
		int pageSizeCap, List<String> malformed) {

	/**
	 * @param count how many requests are still to fail
	 * @param status the HTTP status they fail with
	 * @param retryAfterSeconds the {@code Retry-After} they carry
	 */
	public record Failures(int count, int status, long retryAfterSeconds) {
	}

	/**
	 * @param count how many responses are still to be cut
	 * @param afterBytes how many bytes of the body they send before the connection closes
	 */
	public record Drops(int count, int afterBytes) {
	}

}
