package org.secondopinion.gateway.push;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotificationTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void readsTheFocusOfAnIdOnlyNotificationAndItsDelete() {
		Notification notification = Notification.of(mapper.readTree("""
				{"resourceType":"Bundle","type":"history","entry":[
				 {"resource":{"resourceType":"Parameters","parameter":[{"name":"type","valueCode":"event-notification"},
				   {"name":"notification-event","part":[{"name":"focus",
				     "valueReference":{"reference":"http://ehr.example/fhir/Condition/c1"}}]}]}},
				 {"fullUrl":"http://ehr.example/fhir/Condition/c1","request":{"method":"DELETE","url":"Condition/c1"}}]}"""));

		assertThat(notification.type()).isEqualTo("event-notification");
		assertThat(notification.foci()).containsExactly(new Notification.Focus("Condition", "c1", true, null));
	}

	@Test
	void keepsAFullResourcePayloadAndReadsHeartbeats() {
		Notification full = Notification.of(mapper.readTree("""
				{"resourceType":"Bundle","type":"history","entry":[
				 {"resource":{"resourceType":"Parameters","parameter":[]}},
				 {"fullUrl":"Observation/o1/_history/3","resource":{"resourceType":"Observation","id":"o1"}}]}"""));
		Notification heartbeat = Notification.of(mapper.readTree("""
				{"resourceType":"Bundle","type":"history","entry":[{"resource":{"resourceType":"Parameters",
				 "parameter":[{"name":"type","valueCode":"heartbeat"}]}}]}"""));

		assertThat(full.foci()).singleElement().satisfies(focus -> {
			assertThat(focus.type()).isEqualTo("Observation");
			assertThat(focus.id()).isEqualTo("o1");
			assertThat(focus.resource()).isNotNull();
		});
		assertThat(heartbeat.type()).isEqualTo("heartbeat");
		assertThat(heartbeat.foci()).isEmpty();
	}

	@Test
	void ignoresReferencesThatAreNotTypeAndId() {
		Notification notification = Notification.of(mapper.readTree("""
				{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Parameters","parameter":[
				 {"name":"notification-event","part":[{"name":"focus","valueReference":{"reference":"../../etc/passwd"}}]}]}}]}"""));

		assertThat(notification.foci()).isEmpty();
	}

	@Test
	void refusesWhatIsNoNotificationBundle() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.of(mapper.readTree("{\"resourceType\":\"Patient\"}")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Notification.of(mapper.readTree("{\"resourceType\":\"Bundle\",\"entry\":[]}")));
	}

}
