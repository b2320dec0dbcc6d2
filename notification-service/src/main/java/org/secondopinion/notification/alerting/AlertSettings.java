package org.secondopinion.notification.alerting;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When and how coordinators are alerted.
 * @param caseLinkBase the coordinator UI's address; alerts link to {@code {caseLinkBase}/cases/{id}}
 * @param escalationSla how long an urgent case may stay unacknowledged before its team lead is alerted
 * @param escalationCheckInterval how often overdue urgent cases are looked for
 * @param digestCron when the daily digest of high and routine cases is sent (Spring cron, in {@code zone})
 * @param zone the site's time zone, for the digest and quiet hours
 * @param quietHours no e-mail between these times (none: no quiet hours); queued mail goes out when they end
 * @param urgentBypassesQuietHours urgent alerts and escalations are e-mailed even in quiet hours
 */
@Validated
@ConfigurationProperties("second-opinion.notification.alerting")
record AlertSettings(@NotNull URI caseLinkBase, @NotNull Duration escalationSla, @NotNull Duration escalationCheckInterval,
		@NotBlank String digestCron, @NotNull ZoneId zone, @Nullable QuietHours quietHours,
		boolean urgentBypassesQuietHours) {

	/**
	 * A daily window, which may run over midnight (e.g. 22:00 to 07:00).
	 * @param start the time of day quiet hours begin, in {@code zone}, e.g. {@code 22:00}
	 * @param end the time of day they end, e.g. {@code 07:00}
	 */
	record QuietHours(@NotNull LocalTime start, @NotNull LocalTime end) {
	}

	String linkTo(String caseId) {
		String base = caseLinkBase.toString();
		return (base.endsWith("/") ? base : base + "/") + "cases/" + caseId;
	}

}
