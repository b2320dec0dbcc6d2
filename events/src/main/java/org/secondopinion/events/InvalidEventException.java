package org.secondopinion.events;

/**
 * An event that does not follow the contract: not JSON, not a CloudEvents 1.0 envelope, an unknown type, or data
 * that fails its JSON Schema. Retrying cannot fix it: consumers send the record to the dead-letter topic.
 */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String message) {
		super(message);
	}

	public InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
