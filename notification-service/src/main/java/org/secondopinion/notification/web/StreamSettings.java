package org.secondopinion.notification.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live case stream.
 * @param pollInterval how often the cases table is read for changes
 * @param heartbeat how often an idle connection gets a comment, so that proxies keep it and dead ones are noticed
 * @param connectionTimeout after this a connection is closed; browsers reconnect by themselves
 */
@Validated
@ConfigurationProperties("second-opinion.notification.stream")
record StreamSettings(@DefaultValue("1s") @NotNull Duration pollInterval, @DefaultValue("15s") @NotNull Duration heartbeat,
		@DefaultValue("30m") @NotNull Duration connectionTimeout) {
}
