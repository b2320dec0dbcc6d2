package org.secondopinion.notification.alerting;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/** The earliest time an e-mail may go out, given the site's quiet hours. */
@Component
class QuietHours {

	private final AlertSettings settings;

	QuietHours(AlertSettings settings) {
		this.settings = settings;
	}

	Instant notBefore(Instant now, boolean urgent) {
		AlertSettings.QuietHours quiet = settings.quietHours();
		if (quiet == null || (urgent && settings.urgentBypassesQuietHours())) {
			return now;
		}
		ZonedDateTime local = now.atZone(settings.zone());
		LocalTime time = local.toLocalTime();
		boolean overMidnight = quiet.start().isAfter(quiet.end());
		boolean inside = overMidnight ? !time.isBefore(quiet.start()) || time.isBefore(quiet.end())
				: !time.isBefore(quiet.start()) && time.isBefore(quiet.end());
		if (!inside) {
			return now;
		}
		ZonedDateTime end = local.with(quiet.end()).withSecond(0).withNano(0);
		if (!end.isAfter(local)) {
			end = end.plusDays(1);
		}
		return end.toInstant();
	}

}
