package org.secondopinion.gateway.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.events.EventCodec;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.secondopinion.gateway.ingest.EhrClients;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;

/**
 * The rest-hook endpoint EHR subscriptions notify. It takes no Keycloak token: the EHR proves itself with its
 * shared secret in the configured header. A notification whose resources cannot be fetched answers 503, so the
 * EHR delivers it again.
 */
@RestController
class SubscriptionController {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionController.class);

	private final EhrClients ehrs;

	private final IngestSettings settings;

	private final NotificationHandler handler;

	private final EventCodec codec;

	SubscriptionController(EhrClients ehrs, IngestSettings settings, NotificationHandler handler, EventCodec codec) {
		this.ehrs = ehrs;
		this.settings = settings;
		this.handler = handler;
		this.codec = codec;
	}

	@PostMapping(path = "/api/v1/subscriptions/{ehrId}",
			consumes = { "application/fhir+json", "application/json", "application/json+fhir" })
	NotificationHandler.Outcome receive(@PathVariable String ehrId, @RequestBody String body,
			@RequestHeader HttpHeaders headers) {
		EhrClients.Connected ehr = ehrs.find(ehrId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No EHR '" + ehrId + "' is configured"));
		authenticate(ehrId, headers.getFirst(settings.push().secretHeader()));
		Notification notification;
		try {
			notification = Notification.of(codec.mapper().readTree(body));
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The notification is not JSON");
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		NotificationHandler.Outcome outcome = handler.handle(ehr, notification);
		log.debug("Notification from EHR {}: {}", ehrId, outcome);
		return outcome;
	}

	private void authenticate(String ehrId, @Nullable String presented) {
		String secret = settings.push().secretOf(ehrId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"EHR '" + ehrId + "' has no subscription secret configured, so it cannot notify"));
		if (presented == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
				presented.getBytes(StandardCharsets.UTF_8))) {
			log.warn("Refused a notification for EHR {}: missing or wrong {} header", ehrId,
					settings.push().secretHeader());
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"The notification lacks the EHR's secret in the " + settings.push().secretHeader() + " header");
		}
	}

	@ExceptionHandler(EhrUnavailableException.class)
	ProblemDetail ehrUnavailable(EhrUnavailableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The notified resources could not be read from the EHR; deliver the notification again");
	}

}
