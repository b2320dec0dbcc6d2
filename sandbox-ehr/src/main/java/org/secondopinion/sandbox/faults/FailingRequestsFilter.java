package org.secondopinion.sandbox.faults;

import java.io.IOException;
import java.util.OptionalInt;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers requests with the failures planned by {@link Faults#failNext}; metadata requests always pass. */
class FailingRequestsFilter extends OncePerRequestFilter {

	private static final int TOO_MANY_REQUESTS = 429;

	private final Faults faults;

	private final FhirContext fhirContext;

	FailingRequestsFilter(Faults faults, FhirContext fhirContext) {
		this.faults = faults;
		this.fhirContext = fhirContext;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		OptionalInt failure = isMetadata(request) ? OptionalInt.empty() : faults.takeFailure();
		if (failure.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		int status = failure.getAsInt();
		response.setStatus(status);
		response.setHeader("Retry-After", "1");
		response.setContentType(Constants.CT_FHIR_JSON_NEW);
		response.setCharacterEncoding("UTF-8");
		fhirContext.newJsonParser().encodeResourceToWriter(outcome(status), response.getWriter());
	}

	private static boolean isMetadata(HttpServletRequest request) {
		String path = request.getPathInfo();
		return path != null && path.equals("/metadata");
	}

	private static OperationOutcome outcome(int status) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue()
			.setSeverity(IssueSeverity.ERROR)
			.setCode(status == TOO_MANY_REQUESTS ? IssueType.THROTTLED : IssueType.TRANSIENT)
			.setDiagnostics("Sandbox EHR: injected failure with HTTP status " + status);
		return outcome;
	}

}
