package org.secondopinion.sandbox.scenarios;

/**
 * One line of what a scenario patient is for, read from a tag on the Patient.
 *
 * @param criterion a criterion code such as {@code MAJOR_PROCEDURE_PLANNED}
 * @param reason one sentence saying why the patient meets it (or, for a near miss, why they must not)
 */
public record Expectation(String criterion, String reason) {

}
