package org.secondopinion.localstack.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** Reuses a bearer token for a while instead of asking the identity provider on every request. */
public final class TokenCache implements Supplier<String> {

	private final Supplier<String> source;

	private final Duration reuseFor;

	private @Nullable String token;

	private Instant fetchedAt = Instant.EPOCH;

	/** @param reuseFor well inside the token's lifetime */
	public TokenCache(Supplier<String> source, Duration reuseFor) {
		this.source = source;
		this.reuseFor = reuseFor;
	}

	@Override
	public synchronized String get() {
		if (token == null || fetchedAt.plus(reuseFor).isBefore(Instant.now())) {
			token = source.get();
			fetchedAt = Instant.now();
		}
		return token;
	}

}
