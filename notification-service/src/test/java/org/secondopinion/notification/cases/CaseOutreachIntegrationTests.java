package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.FlagStatus;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.TestClient;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the case page needs of the cases: the outreach log, a referral to a chosen specialist, and the coordinators
 * a case may be assigned to, against real PostgreSQL with flags over real Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class CaseOutreachIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "case_outreach");
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventCodec codec;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private final CurrentUser coordinator = new CurrentUser("u-1", "coordinator", Set.of("care-coordinator"),
			List.of("North Clinic"), null);

	private final CurrentUser south = new CurrentUser("u-2", "coordinator-south", Set.of("care-coordinator"),
			List.of("South Clinic"), null);

	private TestClient api;

	/** The audit trail records the signed-in user: the coordinator's token, as a request would carry it. */
	@BeforeEach
	void signedIn() {
		api = new TestClient(kafka, codec, port);
		Jwt token = Jwt.withTokenValue("token").header("alg", "none").subject("u-1").claim("preferred_username", "coordinator")
			.claim("facility", List.of("North Clinic")).build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority("ROLE_care-coordinator"))));
	}

	@AfterEach
	void signedOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void logsCallsNewestFirstInTheirOwnTableAndTheHistoryAndAuditsThem() {
		CaseId id = openCase("p-1");

		cases.logOutreach(id, OutreachOutcome.NO_ANSWER, "Try after 3 pm.", coordinator);
		cases.logOutreach(id, OutreachOutcome.SCHEDULED, null, coordinator);

		CaseDetail detail = cases.detail(id, coordinator, null);
		assertThat(cases.outreach(detail)).extracting(OutreachNote::outcome)
			.containsExactly(OutreachOutcome.SCHEDULED, OutreachOutcome.NO_ANSWER);
		assertThat(cases.outreach(detail).get(1).note()).isEqualTo("Try after 3 pm.");
		assertThat(cases.outreach(detail)).allSatisfy(note -> assertThat(note.actor()).isEqualTo("coordinator"));
		assertThat(detail.history()).filteredOn(e -> e.action().equals("outreach")).extracting(CaseEvent::detail)
			.containsExactly("Called, no answer", "Second-opinion visit scheduled");
		assertThat(jdbc.sql("select count(*) from audit_event where subtype = 'outreach' and patient_id = 'p-1' and patient_ehr_id = ?")
			.param(api.ehr).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void refusesOutreachOnACaseOfAnotherFacilityOrAClosedCase() {
		CaseId id = openCase("p-2");

		assertThatThrownBy(() -> cases.logOutreach(id, OutreachOutcome.REACHED, null, south))
			.isInstanceOfSatisfying(ErrorResponseException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(404));
		cases.acknowledge(id, coordinator);
		cases.close(id, Outcome.NOT_NEEDED, "clinically-clear", null, coordinator);
		assertThatThrownBy(() -> cases.logOutreach(id, OutreachOutcome.REACHED, null, coordinator))
			.isInstanceOfSatisfying(ErrorResponseException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(409));
		assertThat(jdbc.sql("select count(*) from case_outreach where case_id = ?").param(id.value()).query(Long.class).single())
			.isZero();
	}

	@Test
	void recordsTheChosenSpecialistAndTheNoteOfAReferral() {
		CaseId id = openCase("p-3");
		cases.acknowledge(id, coordinator);

		assertThatThrownBy(() -> cases.refer(id, new Referral("Orthopaedic surgery", "Dr. Lee", null, "Patient/p-3"), coordinator))
			.isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(400);
				assertThat(ex.getBody().getDetail()).contains("PractitionerRole/{id} or Practitioner/{id}");
			});
		cases.refer(id, new Referral("Orthopaedic surgery", "Dr. Lee, Riverside", "Imaging on CD.", "PractitionerRole/role-lee"),
				coordinator);

		CaseDetail detail = cases.detail(id, coordinator, null);
		assertThat(detail.referral()).isEqualTo(
				new Referral("Orthopaedic surgery", "Dr. Lee, Riverside", "Imaging on CD.", "PractitionerRole/role-lee"));
		assertThat(detail.history()).filteredOn(e -> e.action().equals("referred")).extracting(CaseEvent::detail)
			.containsExactly("Orthopaedic surgery: Dr. Lee, Riverside (PractitionerRole/role-lee) — note: Imaging on CD.");
	}

	@Test
	void offersTheMembersOfTheCasesTeamForAssignmentAndRefusesAnyoneElse() {
		CaseId id = openCase("p-4");
		CaseDetail detail = cases.detail(id, coordinator, null);

		assertThat(detail.team()).isEqualTo("north");
		assertThat(cases.assignees(detail)).containsExactly("coordinator");
		assertThatThrownBy(() -> cases.assign(id, "coordinator-south", coordinator))
			.isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(400);
				assertThat(ex.getBody().getDetail()).isEqualTo("'coordinator-south' is not a coordinator of team 'north'");
			});
	}

	private CaseId openCase(String patientId) {
		api.publish(EventType.FLAG_RAISED, api.flag(patientId, "North Clinic", Priority.ROUTINE, FlagStatus.OPEN,
				TestClient.criterion("MAJOR_PROCEDURE_PLANNED", "Spinal fusion is planned.")));
		return new CaseId(UUID.fromString(api.awaitCase(patientId)));
	}

}
