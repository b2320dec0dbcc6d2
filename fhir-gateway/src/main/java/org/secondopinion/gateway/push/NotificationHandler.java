package org.secondopinion.gateway.push;

import java.net.URI;
import java.util.List;

import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.ingest.Incoming;
import org.secondopinion.gateway.ingest.IngestResult;
import org.secondopinion.gateway.ingest.ResourceDeletions;
import org.secondopinion.gateway.ingest.ResourceIngestor;
import org.secondopinion.gateway.lease.Lease;
import org.secondopinion.gateway.lease.Leases;
import org.secondopinion.gateway.sync.ResourceSync;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Publishes what a notification is about: a full-resource payload as notified, an id-only focus as read from the
 * EHR at once (a {@code 410 Gone} is a delete, whose version the resource's history names). Each focus is
 * published under the lease of its EHR and type, the one the sync passes take, so that no other gateway instance
 * publishes the same type at the same time; when the lease stays taken for {@code wait-for-push} the notification
 * is refused ({@link LeaseBusyException}, 503) and the EHR delivers it again.
 */
@Component
class NotificationHandler {

	private final ResourceIngestor ingestor;

	private final ResourceDeletions deletions;

	private final Leases leases;

	NotificationHandler(ResourceIngestor ingestor, ResourceDeletions deletions, Leases leases) {
		this.ingestor = ingestor;
		this.deletions = deletions;
		this.leases = leases;
	}

	Outcome handle(ConnectedEhrs.Connected ehr, Notification notification) {
		int published = 0;
		int deadLettered = 0;
		int deleted = 0;
		if (!"event-notification".equals(notification.type())) {
			return new Outcome(notification.type(), 0, 0, 0);
		}
		for (Notification.Focus focus : notification.foci()) {
			try (Lease lease = leases.acquireForPush(ResourceSync.leaseOf(ehr.id(), focus.type()))
				.orElseThrow(() -> new LeaseBusyException(ehr.id(), focus.type()))) {
				Outcome one = handle(ehr, focus);
				published += one.published();
				deadLettered += one.deadLettered();
				deleted += one.deleted();
			}
		}
		return new Outcome(notification.type(), published, deadLettered, deleted);
	}

	private Outcome handle(ConnectedEhrs.Connected ehr, Notification.Focus focus) {
		String type = focus.type();
		if (focus.resource() != null) {
			return published(type, ingestor.ingest(ehr.id(), type, List.of(Incoming.of(focus.resource()))));
		}
		URI url = URI.create(ehr.client().baseUrl() + "/" + type + "/" + focus.id());
		try {
			JsonNode resource = ehr.client().read(url);
			return published(type, ingestor.ingest(ehr.id(), type, List.of(Incoming.of(resource))));
		}
		catch (EhrUnavailableException ex) {
			if (ex.status() == 410) {
				return new Outcome(type, 0, 0, publishDelete(ehr, focus) ? 1 : 0);
			}
			if (ex.status() != 404) {
				throw ex;
			}
			return new Outcome(type, 0, 0, 0);
		}
	}

	private static Outcome published(String type, IngestResult result) {
		return new Outcome(type, result.published(), result.deadLettered(), 0);
	}

	private boolean publishDelete(ConnectedEhrs.Connected ehr, Notification.Focus focus) {
		JsonNode history = ehr.client()
			.search(URI.create(ehr.client().baseUrl() + "/" + focus.type() + "/" + focus.id() + "/_history?_count=2"));
		JsonNode latest = history.path("entry").path(0);
		if (!"DELETE".equals(latest.path("request").path("method").asString(""))) {
			return false;
		}
		String version = latest.path("response").path("etag").asString("").replaceFirst("^W/", "").replace("\"", "");
		if (version.isEmpty()) {
			return false;
		}
		PatientKey patient = null;
		JsonNode before = history.path("entry").path(1).path("resource");
		if (!before.isMissingNode()) {
			patient = ResourceEvents.patientOf(ehr.id().value(), before).orElse(null);
		}
		return deletions.deleted(ehr.id(), focus.type(), focus.id(), version, null, patient);
	}

	/** What a notification led to. */
	record Outcome(String type, int published, int deadLettered, int deleted) {
	}

}
