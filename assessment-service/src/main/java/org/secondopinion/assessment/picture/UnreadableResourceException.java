package org.secondopinion.assessment.picture;

import org.secondopinion.events.InvalidEventException;

/**
 * A resource event whose resource cannot be read as FHIR R4 (an unknown resource type, a value of the wrong JSON
 * type where the parser gives up): keeping it would break every later assessment of the patient, so the event goes
 * to the dead-letter topic instead.
 */
public class UnreadableResourceException extends InvalidEventException {

	public UnreadableResourceException(String message, Throwable cause) {
		super(message, cause);
	}

}
