package org.secondopinion.gateway.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.events.EventCodec;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.sync.SyncTrigger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The rest-hook endpoint EHR subscriptions notify. It takes no Keycloak token: the EHR proves itself with its
 * shared secret in the configured header. A notification whose resources cannot be fetched answers 503, so the
 * EHR delivers it again.
 * <p>
 * Besides the notification Bundle of topic-based subscriptions ({@code POST {endpoint}}), it takes the shapes of
 * R4 rest-hook subscriptions as HAPI FHIR delivers them: with a payload, the resource itself as
 * {@code PUT {endpoint}/{type}/{id}} (and a delete as {@code DELETE {endpoint}/{type}/{id}}); without a payload, an
 * empty {@code POST {endpoint}} that names no resource, which starts a sync pass over the EHR at once.
 */
@RestController
class SubscriptionController {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionController.class);

	private final ConnectedEhrs ehrs;

	private final IngestSettings settings;

	private final NotificationHandler handler;

	private final EventCodec codec;

	private final SyncTrigger trigger;

	SubscriptionController(ConnectedEhrs ehrs, IngestSettings settings, NotificationHandler handler, EventCodec codec,
			SyncTrigger trigger) {
		this.trigger = trigger;
		this.ehrs = ehrs;
		this.settings = settings;
		this.handler = handler;
		this.codec = codec;
	}

	@Operation(summary = "Receive a FHIR rest-hook notification from the EHR")
	@PostMapping(path = "/api/v1/subscriptions/{ehrId}",
			consumes = { "application/fhir+json", "application/json", "application/json+fhir" })
	NotificationHandler.Outcome receive(@PathVariable("ehrId") String path, @RequestBody String body,
			@RequestHeader HttpHeaders headers) {
		ConnectedEhrs.Connected ehr = authenticated(path, headers);
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
		log.debug("Notification from EHR {}: {}", ehr.id(), outcome);
		return outcome;
	}

	/** A full-resource rest-hook: HAPI FHIR's {@code update} of the changed resource to the endpoint. */
	@Operation(summary = "Receive a changed resource pushed by the EHR (rest-hook with payload)")
	@PutMapping(path = "/api/v1/subscriptions/{ehrId}/{type}/{id}",
			consumes = { "application/fhir+json", "application/json", "application/json+fhir" })
	ResponseEntity<Void> receiveResource(@PathVariable("ehrId") String path, @PathVariable String type,
			@PathVariable String id, @RequestBody String body, @RequestHeader HttpHeaders headers) {
		ConnectedEhrs.Connected ehr = authenticated(path, headers);
		requireReference(type, id);
		JsonNode resource;
		try {
			resource = codec.mapper().readTree(body);
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The resource is not JSON");
		}
		if (!resource.isObject() || !type.equals(resource.path("resourceType").asString(""))
				|| !id.equals(resource.path("id").asString(""))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The body is not the resource " + type + "/" + id + " that the path names");
		}
		NotificationHandler.Outcome outcome = handler.handle(ehr,
				new Notification("event-notification", List.of(new Notification.Focus(type, id, false, resource))));
		log.debug("Rest-hook resource from EHR {}: {}", ehr.id(), outcome);
		return ResponseEntity.noContent().build();
	}

	/** A rest-hook of a deleted resource: HAPI FHIR's {@code delete} of it at the endpoint. */
	@Operation(summary = "Receive the deletion of a resource pushed by the EHR")
	@DeleteMapping("/api/v1/subscriptions/{ehrId}/{type}/{id}")
	ResponseEntity<Void> receiveDelete(@PathVariable("ehrId") String path, @PathVariable String type,
			@PathVariable String id, @RequestHeader HttpHeaders headers) {
		ConnectedEhrs.Connected ehr = authenticated(path, headers);
		requireReference(type, id);
		NotificationHandler.Outcome outcome = handler.handle(ehr,
				new Notification("event-notification", List.of(new Notification.Focus(type, id, true, null))));
		log.debug("Rest-hook delete from EHR {}: {}", ehr.id(), outcome);
		return ResponseEntity.noContent().build();
	}

	/**
	 * An id-only rest-hook: an empty POST that says only that something matching the subscription changed. The
	 * gateway cannot tell what, so it runs a sync pass over the EHR now (202); the pass finds the change.
	 */
	@Operation(summary = "Receive a FHIR rest-hook notification from the EHR")
	@PostMapping("/api/v1/subscriptions/{ehrId}")
	ResponseEntity<Void> receivePing(@PathVariable("ehrId") String path,
			@RequestBody(required = false) @Nullable String body, @RequestHeader HttpHeaders headers) {
		ConnectedEhrs.Connected ehr = authenticated(path, headers);
		if (body != null && !body.isBlank()) {
			throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"A notification with a body must be FHIR JSON (application/fhir+json)");
		}
		trigger.passNow(ehr.id());
		return ResponseEntity.accepted().build();
	}

	/** A FHIR resource type and logical id, as the path names them; anything else is refused. */
	private static void requireReference(String type, String id) {
		if (!type.matches("[A-Z][A-Za-z]{1,63}") || !id.matches("[A-Za-z0-9\\-.]{1,64}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a FHIR resource type and id");
		}
	}

	/**
	 * The configured EHR the path names, once the request carries its secret; text that cannot be an EHR id is as
	 * unknown (404) as an EHR that is not configured.
	 */
	private ConnectedEhrs.Connected authenticated(String path, HttpHeaders headers) {
		ConnectedEhrs.Connected ehr = EhrId.parse(path)
			.flatMap(ehrs::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No EHR '" + path + "' is configured"));
		authenticate(ehr.id(), headers.getFirst(settings.push().secretHeader()));
		return ehr;
	}

	private void authenticate(EhrId ehrId, @Nullable String presented) {
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

	@ExceptionHandler(LeaseBusyException.class)
	ResponseEntity<ProblemDetail> leaseBusy(LeaseBusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	@ExceptionHandler(EhrUnavailableException.class)
	ProblemDetail ehrUnavailable(EhrUnavailableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The notified resources could not be read from the EHR; deliver the notification again");
	}

}
