package org.secondopinion.sandbox.scenarios;

import java.time.LocalDate;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioDatesTests {

	private final ScenarioDates toMidMarch = ScenarioDates.asOf(LocalDate.of(2027, 3, 15));

	@Test
	void movesEveryDateByTheDaysBetweenTheFixturesAsOfDateAndTheNewOne() {
		assertThat(toMidMarch.days()).isEqualTo(134);
		ServiceRequest request = new ServiceRequest();
		request.setOccurrence(new DateTimeType("2026-11-18"));
		request.setAuthoredOnElement(new DateTimeType("2026-10-20"));

		toMidMarch.shift(request);

		assertThat(request.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2027-04-01");
		assertThat(request.getAuthoredOnElement().getValueAsString()).isEqualTo("2027-03-03");
	}

	@Test
	void movesRecordsWrittenForAnyDayToAnother() {
		ScenarioDates shift = ScenarioDates.between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6));
		ServiceRequest request = new ServiceRequest();
		request.setOccurrence(new DateTimeType("2026-12-20T08:00:00+01:00"));

		shift.shift(request);

		assertThat(shift.days()).isEqualTo(5);
		assertThat(request.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2026-12-25T08:00:00+01:00");
	}

	@Test
	void keepsTheTimeOfDayOffsetAndPrecisionOfEachValue() {
		Procedure procedure = new Procedure();
		procedure.setPerformed(new Period().setStartElement(new DateTimeType("2026-10-12T08:30:00+01:00"))
			.setEndElement(new DateTimeType("2026-10-12T11:00:00Z")));
		procedure.getMeta().setLastUpdatedElement(new InstantType("2026-10-12T12:00:00.000Z"));

		toMidMarch.shift(procedure);

		assertThat(procedure.getPerformedPeriod().getStartElement().getValueAsString()).isEqualTo("2027-02-23T08:30:00+01:00");
		assertThat(procedure.getPerformedPeriod().getEndElement().getValueAsString()).isEqualTo("2027-02-23T11:00:00Z");
		assertThat(procedure.getMeta().getLastUpdatedElement().getValueAsString())
			.as("the store stamps lastUpdated").isEqualTo("2026-10-12T12:00:00.000Z");
	}

	@Test
	void movesBirthDatesSoThatAgesStayAndCoarseDatesFromTheirMiddle() {
		Patient patient = new Patient();
		patient.setBirthDateElement(new DateType("1966-03-14"));
		Procedure monthOnly = new Procedure();
		monthOnly.setPerformed(new DateTimeType("2019-08"));

		ScenarioDates.asOf(LocalDate.of(2026, 11, 21)).shift(patient);
		ScenarioDates.asOf(LocalDate.of(2026, 11, 21)).shift(monthOnly);

		assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1966-04-03");
		assertThat(monthOnly.getPerformedDateTimeType().getValueAsString()).isEqualTo("2019-09");
	}

	@Test
	void leavesTheFixturesAsTheyAreOnTheirOwnAsOfDate() {
		Scenario scenario = ScenarioCatalog.load().find("scn-major-1").orElseThrow();

		assertThat(scenario.resourcesAsOf(ScenarioCatalog.AS_OF).stream()
			.filter(ServiceRequest.class::isInstance)
			.map(r -> ((ServiceRequest) r).getOccurrenceDateTimeType().getValueAsString())).containsExactly("2026-11-18");
	}

}
