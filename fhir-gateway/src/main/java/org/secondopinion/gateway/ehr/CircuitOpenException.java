package org.secondopinion.gateway.ehr;

/** The EHR's circuit breaker is open: the call was not made. */
public class CircuitOpenException extends EhrUnavailableException {

	public CircuitOpenException(String message) {
		super(message, 0);
	}

}
