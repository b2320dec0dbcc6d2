package org.secondopinion.gateway.ehr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

	@Test
	void staysClosedBelowTheThresholdAndASuccessResetsTheCount() {
		fail(2);
		breaker.tryAcquire();
		breaker.onSuccess();
		fail(2);

		assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
		assertThat(breaker.consecutiveFailures()).isEqualTo(2);
		assertThat(breaker.tryAcquire()).isTrue();
	}

	@Test
	void opensAfterTheThresholdOfConsecutiveFailuresAndRefusesCalls() {
		fail(3);

		assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
		assertThat(breaker.refusing()).isTrue();
		assertThat(breaker.tryAcquire()).isFalse();
		assertThat(breaker.nextTrialAt()).contains(Instant.parse("2026-01-01T00:00:30Z"));
		clock.advance(Duration.ofSeconds(30));
		assertThat(breaker.refusing()).as("the cool-down is over").isFalse();
	}

	@Test
	void letsOneTrialThroughAfterTheCoolDownAndClosesOnItsSuccess() {
		fail(3);
		clock.advance(Duration.ofSeconds(29));
		assertThat(breaker.tryAcquire()).isFalse();

		clock.advance(Duration.ofSeconds(1));
		assertThat(breaker.tryAcquire()).as("the trial").isTrue();
		assertThat(breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
		assertThat(breaker.tryAcquire()).as("a second call during the trial").isFalse();

		breaker.onSuccess();
		assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
		assertThat(breaker.tryAcquire()).isTrue();
	}

	@Test
	void reopensForAnotherCoolDownWhenTheTrialFails() {
		fail(3);
		clock.advance(Duration.ofSeconds(30));
		assertThat(breaker.tryAcquire()).isTrue();

		breaker.onFailure();

		assertThat(breaker.state()).isEqualTo(BreakerState.OPEN);
		assertThat(breaker.tryAcquire()).isFalse();
		assertThat(breaker.nextTrialAt()).contains(Instant.parse("2026-01-01T00:01:00Z"));
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			assertThat(breaker.tryAcquire()).isTrue();
			breaker.onFailure();
		}
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
