package org.secondopinion.assessment.picture;

import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Which stored picture records a running service can use: those written in the same {@link RecordCodec#FORMAT},
 * from the same shape of the record types, and with planned dates read in the same zone. Stored records of another
 * form are ignored and derived again from the stored FHIR JSON. Raise {@link RecordCodec#FORMAT} whenever what the
 * records say about a resource changes (how the picture builder reads FHIR), not only their shape.
 * @param key what is stored next to the records, e.g. {@code 1.3f2a9c01.Europe/Berlin}
 */
record RecordsForm(String key) {

	/** The records the codec writes, whose components (names and types) decide the form along with the format. */
	private static final List<Class<? extends Record>> RECORDS = List.of(PatientDetails.class, OrganizationLink.class,
			PlannedProcedure.class, PerformedProcedure.class, RecordedCondition.class, ObservationResult.class,
			Measurement.class, ReferenceRange.class, Visit.class, MedicationOrder.class, Period.class,
			CarePlanEntry.class, CarePlanEntry.Activity.class, ServiceOrder.class, QuestionnaireAnswers.class,
			QuestionnaireAnswers.Answer.class, PatientMessage.class, AlertFlag.class, ClinicalNote.class,
			DiagnosticFinding.class, Concept.class, CodedConcept.class);

	static RecordsForm of(ZoneId zone) {
		return new RecordsForm(RecordCodec.FORMAT + "." + shape() + "." + zone.getId());
	}

	/** A checksum of every record's component names and types, in declaration order. */
	static String shape() {
		CRC32 crc = new CRC32();
		for (Class<? extends Record> type : RECORDS) {
			crc.update(type.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			for (RecordComponent component : type.getRecordComponents()) {
				crc.update((component.getName() + ":" + component.getGenericType().getTypeName())
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return String.format("%08x", crc.getValue());
	}

}
