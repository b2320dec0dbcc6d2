package org.secondopinion.sandbox.subscriptions;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.ResourceWritten;

/**
 * A notification as the R4 profile of the Subscriptions Backport IG has it: a {@code history} Bundle whose first entry
 * is the subscription's status as {@code Parameters} (status, type, events since start, and the event: its number,
 * time and focus); with {@code id-only} content, an entry for the focus follows, with its URL and request but no
 * resource.
 */
final class NotificationBundle {

	static final String NOTIFICATION_PROFILE = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/"
			+ "backport-subscription-notification-r4";

	static final String STATUS_PROFILE = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/"
			+ "backport-subscription-status-r4";

	private NotificationBundle() {
	}

	/**
	 * @param subscriptionId the id of the subscription
	 * @param base the server base the subscription was created at, for absolute references; null for relative ones
	 * @param idOnly whether to name the resource written
	 * @param eventNumber the number of this event among the subscription's events, from 1
	 * @param written the write that is the event
	 */
	static Bundle of(String subscriptionId, @Nullable String base, boolean idOnly, long eventNumber,
			ResourceWritten written, Instant now) {
		String prefix = base == null ? "" : base + "/";
		Bundle bundle = new Bundle().setType(BundleType.HISTORY).setTimestamp(Date.from(now));
		bundle.setId(UUID.randomUUID().toString());
		bundle.getMeta().addProfile(NOTIFICATION_PROFILE);
		String focus = prefix + written.resourceType() + "/" + written.id();

		Parameters status = new Parameters();
		status.setId(UUID.randomUUID().toString());
		status.getMeta().addProfile(STATUS_PROFILE);
		status.addParameter().setName("subscription")
			.setValue(new Reference(prefix + "Subscription/" + subscriptionId));
		status.addParameter().setName("status").setValue(new CodeType("active"));
		status.addParameter().setName("type").setValue(new CodeType("event-notification"));
		status.addParameter().setName("events-since-subscription-start")
			.setValue(new StringType(Long.toString(eventNumber)));
		ParametersParameterComponent event = status.addParameter().setName("notification-event");
		event.addPart().setName("event-number").setValue(new StringType(Long.toString(eventNumber)));
		event.addPart().setName("timestamp").setValue(new InstantType(Date.from(written.lastUpdated())));
		if (idOnly) {
			event.addPart().setName("focus").setValue(new Reference(focus));
		}
		bundle.addEntry()
			.setFullUrl("urn:uuid:" + status.getIdPart())
			.setResource(status)
			.getRequest()
			.setMethod(HTTPVerb.GET)
			.setUrl(prefix + "Subscription/" + subscriptionId + "/$status");
		bundle.getEntryFirstRep().getResponse().setStatus("200");

		if (idOnly) {
			Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(focus);
			entry.getRequest()
				.setMethod(HTTPVerb.valueOf(written.method().name()))
				.setUrl(written.method().name().equals("POST") ? written.resourceType()
						: written.resourceType() + "/" + written.id());
			entry.getResponse().setStatus(switch (written.method()) {
				case POST -> "201";
				case PUT -> "1".equals(written.versionId()) ? "201" : "200";
				case DELETE -> "204";
			});
		}
		return bundle;
	}

}
