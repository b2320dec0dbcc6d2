package org.secondopinion.gateway.ehr;

/** The EHR or its authorization server refused the gateway's credentials; retrying with the same ones cannot help. */
public class EhrAuthenticationException extends EhrUnavailableException {

	public EhrAuthenticationException(String message, int status) {
		super(message, status);
	}

}
