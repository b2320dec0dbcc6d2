package org.secondopinion.assessment.picture;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How each picture record is laid out in {@link RecordCodec}'s form: its components in declaration order, each
 * written as {@link RecordOutput} writes its type. Reading calls the record's canonical constructor with the components
 * in the same order, so a record is read back equal to the one written.
 */
final class RecordLayouts {

	private RecordLayouts() {
	}

	static void planned(RecordOutput out, PlannedProcedure v) {
		out.writeString(v.resourceType());
		out.writeString(v.id());
		out.writeString(v.reference());
		out.writeList(v.codes(), RecordLayouts::coding);
		out.writeString(v.status());
		out.writeString(v.intent());
		out.writeInstant(v.authoredOn());
		out.writeInstant(v.plannedFor());
		out.writeString(v.text());
	}

	static PlannedProcedure planned(RecordInput in) {
		return new PlannedProcedure(in.readText(), in.readText(), in.readText(), in.readList(RecordLayouts::coding), in.readText(), in.readString(), in.readInstant(), in.readInstant(), in.readString());
	}

	static void performed(RecordOutput out, PerformedProcedure v) {
		out.writeString(v.reference());
		out.writeList(v.codes(), RecordLayouts::coding);
		out.writeString(v.status());
		out.writeInstant(v.performedAt());
		out.writeStrings(v.basedOn());
		out.writeString(v.text());
		out.writeList(v.reasonCodes(), RecordLayouts::concept);
		out.writeStrings(v.reasonReferences());
	}

	static PerformedProcedure performed(RecordInput in) {
		return new PerformedProcedure(in.readText(), in.readList(RecordLayouts::coding), in.readText(), in.readInstant(), in.readStrings(), in.readString(), in.readList(RecordLayouts::concept), in.readStrings());
	}

	static void condition(RecordOutput out, RecordedCondition v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		concept(out, v.code());
		out.writeString(v.clinicalStatus());
		out.writeString(v.verificationStatus());
		out.writeList(v.categories(), RecordLayouts::concept);
		out.writeInstant(v.onset());
		out.writeInstant(v.abatement());
		out.writeInstant(v.recorded());
		out.writeStrings(v.notes());
	}

	static RecordedCondition condition(RecordInput in) {
		return new RecordedCondition(in.readText(), in.readText(), concept(in), in.readText(), in.readString(), in.readList(RecordLayouts::concept), in.readInstant(), in.readInstant(), in.readInstant(), in.readStrings());
	}

	static void observation(RecordOutput out, ObservationResult v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		concept(out, v.code());
		out.writeString(v.status());
		out.writeList(v.categories(), RecordLayouts::concept);
		out.writeInstant(v.effective());
		out.writeOptional(v.value(), RecordLayouts::measurement);
		out.writeOptional(v.valueCode(), RecordLayouts::concept);
		out.writeString(v.valueText());
		out.writeList(v.interpretations(), RecordLayouts::concept);
		out.writeList(v.referenceRanges(), RecordLayouts::range);
		out.writeStrings(v.notes());
	}

	static ObservationResult observation(RecordInput in) {
		return new ObservationResult(in.readText(), in.readText(), concept(in), in.readText(), in.readList(RecordLayouts::concept), in.readInstant(), in.readOptional(RecordLayouts::measurement), in.readOptional(RecordLayouts::concept), in.readString(), in.readList(RecordLayouts::concept), in.readList(RecordLayouts::range), in.readStrings());
	}

	static void visit(RecordOutput out, Visit v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.status());
		out.writeString(v.classCode());
		out.writeList(v.types(), RecordLayouts::concept);
		out.writeOptional(v.serviceType(), RecordLayouts::concept);
		out.writeString(v.priority());
		out.writeString(v.admitSource());
		period(out, v.period());
		out.writeList(v.reasonCodes(), RecordLayouts::concept);
		out.writeStrings(v.reasonReferences());
	}

	static Visit visit(RecordInput in) {
		return new Visit(in.readText(), in.readText(), in.readText(), in.readString(), in.readList(RecordLayouts::concept), in.readOptional(RecordLayouts::concept), in.readString(), in.readString(), period(in), in.readList(RecordLayouts::concept), in.readStrings());
	}

	static void medication(RecordOutput out, MedicationOrder v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.status());
		out.writeString(v.intent());
		concept(out, v.medication());
		out.writeInstant(v.authoredOn());
		period(out, v.validity());
		period(out, v.taken());
		out.writeDuration(v.supply());
		out.writeList(v.reasonCodes(), RecordLayouts::concept);
		out.writeStrings(v.reasonReferences());
		out.writeBoolean(v.asNeeded());
	}

	static MedicationOrder medication(RecordInput in) {
		return new MedicationOrder(in.readText(), in.readText(), in.readText(), in.readText(), concept(in), in.readInstant(), period(in), period(in), in.readDuration(), in.readList(RecordLayouts::concept), in.readStrings(), Boolean.TRUE.equals(in.readBoolean()));
	}

	static void carePlan(RecordOutput out, CarePlanEntry v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.status());
		out.writeString(v.intent());
		out.writeList(v.categories(), RecordLayouts::concept);
		out.writeString(v.title());
		out.writeString(v.description());
		period(out, v.period());
		out.writeStrings(v.addresses());
		out.writeList(v.activities(), RecordLayouts::activity);
		out.writeStrings(v.notes());
	}

	static CarePlanEntry carePlan(RecordInput in) {
		return new CarePlanEntry(in.readText(), in.readText(), in.readText(), in.readText(), in.readList(RecordLayouts::concept), in.readString(), in.readString(), period(in), in.readStrings(), in.readList(RecordLayouts::activity), in.readStrings());
	}

	static void order(RecordOutput out, ServiceOrder v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.status());
		out.writeString(v.intent());
		concept(out, v.code());
		out.writeList(v.categories(), RecordLayouts::concept);
		out.writeList(v.reasonCodes(), RecordLayouts::concept);
		out.writeStrings(v.reasonReferences());
		out.writeInstant(v.authoredOn());
		out.writeInstant(v.occurrence());
		out.writeList(v.performerTypes(), RecordLayouts::concept);
		out.writeStrings(v.notes());
	}

	static ServiceOrder order(RecordInput in) {
		return new ServiceOrder(in.readText(), in.readText(), in.readText(), in.readString(), concept(in), in.readList(RecordLayouts::concept), in.readList(RecordLayouts::concept), in.readStrings(), in.readInstant(), in.readInstant(), in.readList(RecordLayouts::concept), in.readStrings());
	}

	static void answers(RecordOutput out, QuestionnaireAnswers v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.questionnaire());
		out.writeString(v.status());
		out.writeInstant(v.authored());
		out.writeString(v.author());
		out.writeString(v.source());
		out.writeList(v.answers(), RecordLayouts::answer);
	}

	static QuestionnaireAnswers answers(RecordInput in) {
		return new QuestionnaireAnswers(in.readText(), in.readText(), in.readString(), in.readText(), in.readInstant(), in.readString(), in.readString(), in.readList(RecordLayouts::answer));
	}

	static void message(RecordOutput out, PatientMessage v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.status());
		out.writeInstant(v.sent());
		out.writeString(v.sender());
		out.writeList(v.categories(), RecordLayouts::concept);
		out.writeList(v.reasonCodes(), RecordLayouts::concept);
		out.writeOptional(v.topic(), RecordLayouts::concept);
		out.writeStrings(v.texts());
	}

	static PatientMessage message(RecordInput in) {
		return new PatientMessage(in.readText(), in.readText(), in.readText(), in.readInstant(), in.readString(), in.readList(RecordLayouts::concept), in.readList(RecordLayouts::concept), in.readOptional(RecordLayouts::concept), in.readStrings());
	}

	static void flag(RecordOutput out, AlertFlag v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.status());
		concept(out, v.code());
		out.writeList(v.categories(), RecordLayouts::concept);
		period(out, v.period());
		out.writeString(v.author());
	}

	static AlertFlag flag(RecordInput in) {
		return new AlertFlag(in.readText(), in.readText(), in.readText(), concept(in), in.readList(RecordLayouts::concept), period(in), in.readString());
	}

	static void note(RecordOutput out, ClinicalNote v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		out.writeString(v.status());
		concept(out, v.type());
		out.writeInstant(v.date());
		out.writeString(v.text());
		out.writeStrings(v.titles());
		out.writeStrings(v.related());
		out.writeStrings(v.encounters());
	}

	static ClinicalNote note(RecordInput in) {
		return new ClinicalNote(in.readText(), in.readText(), in.readText(), concept(in), in.readInstant(), in.readText(), in.readStrings(), in.readStrings(), in.readStrings());
	}

	static void report(RecordOutput out, DiagnosticFinding v) {
		out.writeString(v.reference());
		out.writeString(v.id());
		concept(out, v.code());
		out.writeString(v.status());
		out.writeList(v.categories(), RecordLayouts::concept);
		out.writeInstant(v.effective());
		out.writeList(v.conclusionCodes(), RecordLayouts::concept);
		out.writeString(v.conclusion());
	}

	static DiagnosticFinding report(RecordInput in) {
		return new DiagnosticFinding(in.readText(), in.readText(), concept(in), in.readText(), in.readList(RecordLayouts::concept), in.readInstant(), in.readList(RecordLayouts::concept), in.readString());
	}

	static void activity(RecordOutput out, CarePlanEntry.Activity v) {
		concept(out, v.code());
		out.writeString(v.status());
		out.writeInstant(v.scheduled());
	}

	static CarePlanEntry.Activity activity(RecordInput in) {
		return new CarePlanEntry.Activity(concept(in), in.readString(), in.readInstant());
	}

	static void answer(RecordOutput out, QuestionnaireAnswers.Answer v) {
		out.writeString(v.linkId());
		out.writeString(v.question());
		out.writeBoolean(v.valueBoolean());
		out.writeOptional(v.valueCoding(), RecordLayouts::coding);
		out.writeString(v.valueString());
		out.writeDecimal(v.valueNumber());
	}

	static QuestionnaireAnswers.Answer answer(RecordInput in) {
		return new QuestionnaireAnswers.Answer(in.readText(), in.readString(), in.readBoolean(), in.readOptional(RecordLayouts::coding), in.readString(), in.readDecimal());
	}

	static void measurement(RecordOutput out, Measurement v) {
		out.writeDecimal(v.value());
		out.writeString(v.unit());
		out.writeString(v.comparator());
	}

	static Measurement measurement(RecordInput in) {
		return new Measurement(required(in.readDecimal()), in.readString(), in.readString());
	}

	static void range(RecordOutput out, ReferenceRange v) {
		out.writeOptional(v.low(), RecordLayouts::measurement);
		out.writeOptional(v.high(), RecordLayouts::measurement);
		out.writeString(v.text());
	}

	static ReferenceRange range(RecordInput in) {
		return new ReferenceRange(in.readOptional(RecordLayouts::measurement), in.readOptional(RecordLayouts::measurement), in.readString());
	}

	static void coding(RecordOutput out, CodedConcept v) {
		out.writeString(v.system());
		out.writeString(v.code());
		out.writeString(v.display());
	}

	static CodedConcept coding(RecordInput in) {
		return new CodedConcept(in.readText(), in.readText(), in.readString());
	}

	static void concept(RecordOutput out, Concept v) {
		out.writeList(v.codings(), RecordLayouts::coding);
		out.writeString(v.text());
	}

	/** The shared instance of the concept, as the picture builder keeps it. */
	static Concept concept(RecordInput in) {
		return ConceptTable.shared(new Concept(in.readList(RecordLayouts::coding), in.readString()));
	}

	static void period(RecordOutput out, Period v) {
		out.writeInstant(v.start());
		out.writeInstant(v.end());
	}

	static Period period(RecordInput in) {
		return new Period(in.readInstant(), in.readInstant());
	}

	private static BigDecimal required(@Nullable BigDecimal value) {
		if (value == null) {
			throw new IllegalArgumentException("Stored picture records leave out a measured value");
		}
		return value;
	}

}
