package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param catchAll FHIR ValueSet of catch-all and unspecified diagnoses
 * @param symptoms FHIR ValueSet of symptoms and findings
 * @param symptomObservationCodes Observation codes ({@code system|code}) that record a symptom in their value
 * @param explanations FHIR ConceptMap from diagnoses (and diagnosis families) to the symptoms and results they explain
 * @param alarmFindings FHIR ValueSet of red-flag findings that a localised or minor diagnosis cannot explain, judged
 * after any recent diagnosis of the patient's symptoms; its concepts' designations are the words read in uncoded
 * records
 * @param labelRedFlags JSON table of labels given by exclusion (irritable bowel syndrome, growing pains, anxiety,
 * non-specific back pain, fibromyalgia, tension-type headache, positional vertigo, non-cardiac chest pain, reflux and
 * dyspepsia, functional neurological disorder, chronic fatigue), each with the red-flag findings (a value set) and
 * abnormal results it does not explain
 * @param measuredSymptoms JSON table of symptoms recorded as a measurement (a fever as a body temperature of 38.0 °C
 * or more), read as symptoms continuing after a catch-all diagnosis
 * @param persistingFor a catch-all diagnosis older than this…
 * @param recentWithin …with symptoms recorded this recently (and after it) is a mismatch; also how recent the
 * unexplained findings after a diagnosis must be
 * @param diagnosedWithin only diagnoses made this recently are checked for findings they do not explain
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.diagnosis-mismatch")
record MismatchSettings(@NotNull Resource catchAll, @NotNull Resource symptoms,
		@NotNull List<String> symptomObservationCodes, @NotNull Resource explanations, @NotNull Resource alarmFindings,
		@NotNull Resource labelRedFlags, @NotNull Resource measuredSymptoms, @NotNull Duration persistingFor,
		@NotNull Duration recentWithin, @NotNull Duration diagnosedWithin) {
}
