package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;

/** A planned date written without a time is a day on the rules' calendar, whatever zone the JVM runs in. */
class PlannedDatesTests {

	private static final PatientRef PATIENT = PatientRef.of("ehr", "p-1");

	@Test
	void readsADateWithoutTimeAsTheStartOfThatDayInTheRulesZone() {
		ClinicalPicture picture = new RecordPictures(ZoneId.of("America/New_York"))
			.pictureOf(PATIENT, List.of(fusion(new DateTimeType("2026-11-18"))));

		assertThat(picture.plannedProcedures()).singleElement()
			.satisfies(p -> assertThat(p.plannedFor()).isEqualTo(Instant.parse("2026-11-18T05:00:00Z")));
		assertThat(picture.orders()).singleElement()
			.satisfies(o -> assertThat(o.occurrence()).isEqualTo(Instant.parse("2026-11-18T05:00:00Z")));
	}

	@Test
	void readsTheSameDayWhateverTheJvmZone() {
		TimeZone before = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
			Resource parsedThere = fusion(new DateTimeType("2026-11-18"));

			assertThat(new RecordPictures(ZoneOffset.UTC).pictureOf(PATIENT, List.of(parsedThere)).plannedProcedures())
				.singleElement()
				.satisfies(p -> assertThat(p.plannedFor()).isEqualTo(Instant.parse("2026-11-18T00:00:00Z")));
		}
		finally {
			TimeZone.setDefault(before);
		}
	}

	@Test
	void keepsTheMomentOfADateTimeWithItsOffset() {
		Procedure preparation = new Procedure();
		preparation.setId("pr-1");
		preparation.setStatus(Procedure.ProcedureStatus.PREPARATION);
		preparation.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "55705006", "Spinal fusion")));
		preparation.setSubject(new Reference("Patient/p-1"));
		preparation.setPerformed(new DateTimeType("2026-11-18T08:30:00+01:00"));

		assertThat(new RecordPictures(ZoneId.of("America/New_York")).pictureOf(PATIENT, List.of(preparation))
			.plannedProcedures()).singleElement()
			.satisfies(p -> assertThat(p.plannedFor()).isEqualTo(Instant.parse("2026-11-18T07:30:00Z")));
	}

	private static ServiceRequest fusion(DateTimeType occurrence) {
		ServiceRequest request = new ServiceRequest();
		request.setId("sr-1");
		request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		request.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "55705006", "Spinal fusion")));
		request.setSubject(new Reference("Patient/p-1"));
		request.setOccurrence(occurrence);
		return request;
	}

}
