package org.secondopinion.notification.alerting;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void holdsRoutineMailInQuietHoursOverMidnightUntilTheyEnd() {
		QuietHours quiet = quietHours(true);

		Instant lateEvening = Instant.parse("2026-03-10T22:30:00Z"); // 23:30 in Berlin

		assertThat(quiet.notBefore(lateEvening, false)).isEqualTo(Instant.parse("2026-03-11T06:00:00Z"));
	}

	@Test
	void letsUrgentMailThroughQuietHoursUnlessConfiguredOtherwise() {
		Instant earlyMorning = Instant.parse("2026-03-11T04:00:00Z"); // 05:00 in Berlin

		assertThat(quietHours(true).notBefore(earlyMorning, true)).isEqualTo(earlyMorning);
		assertThat(quietHours(false).notBefore(earlyMorning, true)).isEqualTo(Instant.parse("2026-03-11T06:00:00Z"));
	}

	@Test
	void sendsAtOnceOutsideQuietHours() {
		Instant noon = Instant.parse("2026-03-11T11:00:00Z");

		assertThat(quietHours(false).notBefore(noon, false)).isEqualTo(noon);
	}

	private static QuietHours quietHours(boolean urgentBypasses) {
		return new QuietHours(new AlertSettings(URI.create("http://ui"), Duration.ofHours(4), Duration.ofMinutes(1),
				"0 30 7 * * *", BERLIN, new AlertSettings.QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
				urgentBypasses));
	}

}
