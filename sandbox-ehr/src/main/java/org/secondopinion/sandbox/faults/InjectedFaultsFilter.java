package org.secondopinion.sandbox.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

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

/**
 * Applies the faults that act on HTTP rather than on FHIR content: latency ({@link Faults#delayResponses}), failures
 * ({@link Faults#failNext}) and dropped connections ({@link Faults#dropConnectionNext}). Metadata requests always
 * pass untouched.
 */
class InjectedFaultsFilter extends OncePerRequestFilter {

	private static final int TOO_MANY_REQUESTS = 429;

	private final Faults faults;

	private final FhirContext fhirContext;

	InjectedFaultsFilter(Faults faults, FhirContext fhirContext) {
		this.faults = faults;
		this.fhirContext = fhirContext;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMetadata(request)) {
			chain.doFilter(request, response);
			return;
		}
		delay(faults.latency());
		Optional<Faults.Failure> failure = faults.takeFailure();
		if (failure.isPresent()) {
			fail(response, failure.get());
			return;
		}
		Optional<Integer> drop = faults.takeDrop();
		if (drop.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		DroppingResponse dropping = new DroppingResponse(response, drop.get());
		chain.doFilter(request, dropping);
		dropping.finish();
	}

	private void fail(HttpServletResponse response, Faults.Failure failure) throws IOException {
		response.setStatus(failure.status());
		response.setHeader("Retry-After", Long.toString(failure.retryAfterSeconds()));
		response.setContentType(Constants.CT_FHIR_JSON_NEW);
		response.setCharacterEncoding("UTF-8");
		fhirContext.newJsonParser().encodeResourceToWriter(outcome(failure.status()), response.getWriter());
	}

	private static void delay(Duration latency) throws ServletException {
		if (latency.isZero()) {
			return;
		}
		try {
			Thread.sleep(latency);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException("Interrupted during injected latency", ex);
		}
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
