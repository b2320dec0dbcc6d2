package org.secondopinion.gateway.ehr;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(42 * SECOND);

	@Test
	void allowsABurstOfItsRateThenSpacesRequests() {
		TokenBucket bucket = new TokenBucket(4, now::get);

		for (int i = 0; i < 4; i++) {
			assertThat(bucket.reserve()).isZero();
		}
		assertThat(bucket.reserve()).isEqualTo(SECOND / 4);
		assertThat(bucket.reserve()).as("callers queue behind each other").isEqualTo(SECOND / 2);
	}

	@Test
	void refillsWithTimeButNotBeyondItsCapacity() {
		TokenBucket bucket = new TokenBucket(2, now::get);
		bucket.reserve();
		bucket.reserve();

		now.addAndGet(10 * SECOND);

		assertThat(bucket.reserve()).isZero();
		assertThat(bucket.reserve()).isZero();
		assertThat(bucket.reserve()).isEqualTo(SECOND / 2);
	}

	@Test
	void aRateBelowOnePerSecondStillAllowsOneRequestAtATime() {
		TokenBucket bucket = new TokenBucket(0.5, now::get);

		assertThat(bucket.reserve()).isZero();
		assertThat(bucket.reserve()).isEqualTo(2 * SECOND);
	}

	@Test
	void refusesANonPositiveRate() {
		assertThatThrownBy(() -> new TokenBucket(0, now::get)).isInstanceOf(IllegalArgumentException.class);
	}

}
