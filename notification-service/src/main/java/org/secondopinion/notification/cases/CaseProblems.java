package org.secondopinion.notification.cases;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problems a case action can run into, answered as RFC 9457 problem details. */
public final class CaseProblems {

	private CaseProblems() {
	}

	/** 404: no such case, or one of a facility the user may not see (the two are not told apart). */
	public static ErrorResponseException notFound(CaseId id) {
		return problem(HttpStatus.NOT_FOUND, "case-not-found", "No case " + id + " among the cases you can see");
	}

	/** 404: the patient has no case (or none the user can see). */
	public static ErrorResponseException noCaseOfPatient() {
		return problem(HttpStatus.NOT_FOUND, "case-not-found", "No case of this patient among the cases you can see");
	}

	/** 409: the lifecycle does not allow the action in the case's current status. */
	public static ErrorResponseException conflict(String detail) {
		return problem(HttpStatus.CONFLICT, "case-transition-not-allowed", detail);
	}

	/** 400: the action's input is not valid, e.g. an unknown reason code. */
	public static ErrorResponseException badRequest(String detail) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-case-action", detail);
	}

	private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create("urn:second-opinion:problem:" + type));
		body.setTitle(status.getReasonPhrase());
		return new ErrorResponseException(status, body, null);
	}

}
