package org.secondopinion.notification.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PatientContactTests {

	@Test
	void readsCurrentPhonesEmailHomeAddressAndThePreferredLanguage() {
		PatientContact contact = PatientContact.of(JsonMapper.builder().build().readTree("""
				{"resourceType":"Patient",
				 "telecom":[{"system":"phone","value":"555-0100","use":"mobile"},{"system":"phone","value":"555-0000","use":"old"},
				            {"system":"email","value":"rosa@example.org"}],
				 "address":[{"use":"work","text":"9 Office Rd"},{"use":"home","line":["12 Elm St"],"city":"Springfield","state":"IL","postalCode":"62701"}],
				 "communication":[{"language":{"coding":[{"code":"en"}]}},
				                  {"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"es"}]},"preferred":true}]}"""));

		assertThat(contact.phones()).containsExactly("555-0100 (mobile)");
		assertThat(contact.emails()).containsExactly("rosa@example.org");
		assertThat(contact.address()).isEqualTo("12 Elm St, Springfield IL 62701");
		assertThat(contact.language()).isEqualTo("Spanish");
	}

	@Test
	void isEmptyWithoutAPatientOrContactDetails() {
		assertThat(PatientContact.of(null).isEmpty()).isTrue();
		assertThat(PatientContact.of(JsonMapper.builder().build().readTree("{\"resourceType\":\"Patient\"}")).isEmpty()).isTrue();
	}

}
