package org.secondopinion.gateway.ehr;

/** The EHR did not answer usefully, after retries where retrying made sense. */
public class EhrUnavailableException extends RuntimeException {

	private final int status;

	public EhrUnavailableException(String message, int status, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	public EhrUnavailableException(String message, int status) {
		super(message);
		this.status = status;
	}

	/** The last HTTP status seen, or 0 when there was no answer (timeout, connection refused). */
	public int status() {
		return status;
	}

}
