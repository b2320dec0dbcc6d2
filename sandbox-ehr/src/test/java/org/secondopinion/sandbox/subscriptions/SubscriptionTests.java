package org.secondopinion.sandbox.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.hl7.fhir.r4.model.Subscription.SubscriptionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class SubscriptionTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private FhirStore store;

	private IGenericClient client;

	private NotificationReceiver receiver;

	@BeforeEach
	void start() throws Exception {
		client = FhirContext.forR4Cached().newRestfulGenericClient(base());
		receiver = new NotificationReceiver();
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void createdSubscriptionIsActiveAndNotifiesEachWriteOfItsPatientsConditionsIdOnly() throws Exception {
		String subscriptionId = subscribe("Condition?patient=sub-1", "id-only");

		String conditionId = client.create().resource(condition("sub-1")).execute().getId().getIdPart();
		client.create().resource(condition("sub-other")).execute();
		client.delete().resourceById("Condition", conditionId).execute();

		// The two notifications are sent on a pool of threads, so they may arrive in either order: the event
		// numbers say which came first.
		List<Bundle> notifications = new ArrayList<>(List.of(receiver.next(WAIT).bundle(),
				receiver.next(WAIT).bundle()));
		notifications.sort(Comparator.comparing(
				notification -> part((Parameters) notification.getEntryFirstRep().getResource(), "event-number")
					.primitiveValue()));
		Bundle created = notifications.get(0);
		Bundle deleted = notifications.get(1);
		assertThat(client.read().resource(Subscription.class).withId(subscriptionId).execute().getStatus())
			.isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(created.getType()).isEqualTo(Bundle.BundleType.HISTORY);
		assertThat(created.getMeta().getProfile()).extracting(profile -> profile.getValue())
			.containsExactly(NotificationBundle.NOTIFICATION_PROFILE);
		Parameters status = (Parameters) created.getEntryFirstRep().getResource();
		assertThat(status.getMeta().getProfile()).extracting(profile -> profile.getValue())
			.containsExactly(NotificationBundle.STATUS_PROFILE);
		assertThat(((Reference) status.getParameter("subscription").getValue()).getReference())
			.isEqualTo(base() + "/Subscription/" + subscriptionId);
		assertThat(status.getParameter("type").getValue().primitiveValue()).isEqualTo("event-notification");
		assertThat(part(status, "event-number").primitiveValue()).isEqualTo("1");
		assertThat(((Reference) part(status, "focus")).getReference())
			.isEqualTo(base() + "/Condition/" + conditionId);
		BundleEntryComponent focus = created.getEntry().get(1);
		assertThat(focus.hasResource()).isFalse();
		assertThat(focus.getFullUrl()).isEqualTo(base() + "/Condition/" + conditionId);
		assertThat(focus.getRequest().getMethod()).isEqualTo(HTTPVerb.POST);
		Parameters deletion = (Parameters) deleted.getEntryFirstRep().getResource();
		assertThat(part(deletion, "event-number").primitiveValue()).isEqualTo("2");
		assertThat(deleted.getEntry().get(1).getRequest().getMethod()).isEqualTo(HTTPVerb.DELETE);
		assertThat(receiver.next(Duration.ofMillis(300))).isNull();
	}

	@Test
	void aTypeAloneMatchesEveryWriteOfItAndSendsTheChannelHeaders() throws Exception {
		Subscription subscription = subscription("Condition", "id-only");
		subscription.getChannel().addHeader("Authorization: Bearer secret-token");
		client.create().resource(subscription).execute();

		store.put(condition("sub-2").setId("sub-2-c"));

		NotificationReceiver.Received received = receiver.next(WAIT);
		assertThat(received.authorization()).isEqualTo("Bearer secret-token");
		assertThat(received.contentType()).startsWith("application/fhir+json");
		assertThat(received.bundle().getEntry().get(1).getRequest().getUrl()).isEqualTo("Condition/sub-2-c");
		assertThat(received.bundle().getEntry().get(1).getRequest().getMethod()).isEqualTo(HTTPVerb.PUT);
		client.delete().resourceById("Subscription", subscriptionIdOf(received)).execute();
	}

	@Test
	void emptyContentCountsEventsWithoutNamingTheResource() throws Exception {
		subscribe("Condition?patient=sub-3", "empty");

		store.put(condition("sub-3").setId("sub-3-c"));

		Bundle notification = receiver.next(WAIT).bundle();
		assertThat(notification.getEntry()).hasSize(1);
		Parameters status = (Parameters) notification.getEntryFirstRep().getResource();
		assertThat(status.getParameter("events-since-subscription-start").getValue().primitiveValue()).isEqualTo("1");
		assertThat(status.getParameter("notification-event").getPart())
			.extracting(ParametersParameterComponent::getName)
			.doesNotContain("focus");
	}

	@Test
	void failedDeliveriesAreRetriedWithTheSameEventNumber() throws Exception {
		subscribe("Condition?patient=sub-4", "id-only");
		receiver.failNext(2);

		store.put(condition("sub-4").setId("sub-4-c"));

		List<NotificationReceiver.Received> attempts = List.of(receiver.next(WAIT), receiver.next(WAIT),
				receiver.next(WAIT));
		assertThat(attempts).extracting(NotificationReceiver.Received::failed).containsExactly(true, true, false);
		assertThat(attempts).extracting(attempt -> part((Parameters) attempt.bundle().getEntryFirstRep().getResource(),
				"event-number").primitiveValue()).containsOnly("1");
	}

	@Test
	void aDeletedOrSwitchedOffSubscriptionNotifiesNoMore() throws Exception {
		String deleted = subscribe("Condition?patient=sub-5", "id-only");
		client.delete().resourceById("Subscription", deleted).execute();
		Subscription off = subscription("Condition?patient=sub-5", "id-only").setStatus(SubscriptionStatus.OFF);
		client.create().resource(off).execute();

		store.put(condition("sub-5").setId("sub-5-c"));

		assertThat(receiver.next(Duration.ofMillis(500))).isNull();
	}

	@Test
	void rejectsWhatTheSandboxCannotDeliver() {
		assertThatExceptionOfType(UnprocessableEntityException.class)
			.isThrownBy(() -> client.create().resource(subscription("Condition?code=123", "id-only")).execute());
		assertThatExceptionOfType(UnprocessableEntityException.class)
			.isThrownBy(() -> client.create().resource(subscription("Condition", "full-resource")).execute());
		Subscription websocket = subscription("Condition", "id-only");
		websocket.getChannel().setType(SubscriptionChannelType.WEBSOCKET);
		assertThatExceptionOfType(UnprocessableEntityException.class)
			.isThrownBy(() -> client.create().resource(websocket).execute());
	}

	private String subscribe(String criteria, String content) {
		return client.create().resource(subscription(criteria, content)).execute().getId().getIdPart();
	}

	private Subscription subscription(String criteria, String content) {
		Subscription subscription = new Subscription().setStatus(SubscriptionStatus.REQUESTED)
			.setReason("test")
			.setCriteria(criteria);
		subscription.getChannel()
			.setType(SubscriptionChannelType.RESTHOOK)
			.setEndpoint(receiver.url())
			.setPayload("application/fhir+json")
			.getPayloadElement()
			.addExtension(SubscriptionRules.PAYLOAD_CONTENT, new CodeType(content));
		return subscription;
	}

	private static org.hl7.fhir.r4.model.Type part(Parameters status, String name) {
		return status.getParameter("notification-event")
			.getPart()
			.stream()
			.filter(part -> part.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	private static String subscriptionIdOf(NotificationReceiver.Received received) {
		Parameters status = (Parameters) received.bundle().getEntryFirstRep().getResource();
		return new org.hl7.fhir.r4.model.IdType(((Reference) status.getParameter("subscription").getValue())
			.getReference()).getIdPart();
	}

	private String base() {
		return "http://localhost:" + port + "/fhir";
	}

	private static Condition condition(String patientId) {
		return new Condition().setSubject(new Reference("Patient/" + patientId));
	}

}
