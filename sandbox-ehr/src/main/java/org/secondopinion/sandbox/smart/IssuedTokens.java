package org.secondopinion.sandbox.smart;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The access tokens the token endpoint issued, and the assertion ids it has seen (against replay). */
final class IssuedTokens {

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Grant> tokens = new ConcurrentHashMap<>();

	private final Map<String, Instant> seenAssertions = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> issuedPerClient = new ConcurrentHashMap<>();

	private final Clock clock;

	IssuedTokens(Clock clock) {
		this.clock = clock;
	}

	Grant issue(String clientId, String scope, Duration lifetime) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		Grant grant = new Grant(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clientId, scope,
				clock.instant().plus(lifetime));
		tokens.put(grant.token(), grant);
		issuedPerClient.computeIfAbsent(clientId, id -> new AtomicInteger()).incrementAndGet();
		return grant;
	}

	/** The grant of an unexpired token. */
	Optional<Grant> find(String token) {
		Grant grant = tokens.get(token);
		if (grant == null) {
			return Optional.empty();
		}
		if (!clock.instant().isBefore(grant.expiresAt())) {
			tokens.remove(token);
			return Optional.empty();
		}
		return Optional.of(grant);
	}

	/** Remembers an assertion id until it expires; false if it was seen before (a replay). */
	boolean firstUse(String clientId, String jti, Instant expiresAt) {
		Instant now = clock.instant();
		seenAssertions.values().removeIf(until -> until.isBefore(now));
		return seenAssertions.putIfAbsent(clientId + " " + jti, expiresAt) == null;
	}

	int issuedTo(String clientId) {
		AtomicInteger count = issuedPerClient.get(clientId);
		return count == null ? 0 : count.get();
	}

	void revokeAll() {
		tokens.clear();
	}

	/** Forgets everything: tokens, counts and assertion ids. */
	void clear() {
		tokens.clear();
		seenAssertions.clear();
		issuedPerClient.clear();
	}

	/** What a token allows. */
	record Grant(String token, String clientId, String scope, Instant expiresAt) {

		@Override
		public String toString() {
			return "Grant[clientId=" + clientId + ", scope=" + scope + ", expiresAt=" + expiresAt + "]";
		}

	}

}
