package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * A FHIR R4 terminology server spoken to over plain REST: {@code POST [base]/ValueSet/$expand} with the value set to
 * expand in a {@code Parameters} body ({@code valueSet}, {@code count}, {@code offset}), following {@code offset}
 * until {@code expansion.total} codes have come. Any server that implements the operation (HAPI FHIR JPA with SNOMED
 * CT loaded, Ontoserver, Snowstorm) answers it; no vendor client is needed.
 * <p>
 * HAPI FHIR JPA expands a value set given inline (not pre-expanded on the server) afresh for each request and refuses
 * a page whose {@code offset + count} is below the whole expansion ({@code HAPI-0831: Expansion of ValueSet produced
 * too many codes (maximum n)}); on that answer the client asks once more for the whole expansion in one page of
 * {@code max-codes}.
 */
final class TerminologyClient {

	/** Thrown with a message fit for a health indicator: no PHI can be in a value set. */
	static final class TerminologyException extends RuntimeException {

		TerminologyException(String message) {
			super(message);
		}

		TerminologyException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** HAPI FHIR's message code for an expansion larger than the {@code offset + count} asked for. */
	private static final String TOO_MANY_CODES = "HAPI-0831";

	/** A server that will not page the expansion (HAPI FHIR JPA with a value set it has not pre-expanded). */
	private static final class PagingRefused extends RuntimeException {

		PagingRefused(String message) {
			super(message, null, false, false);
		}

	}

	private final FhirContext fhir;

	private final URI base;

	private final HttpClient http;

	private final Duration timeout;

	private final int pageSize;

	private final int maxCodes;

	TerminologyClient(FhirContext fhir, URI base, Duration timeout, int pageSize, int maxCodes) {
		this.fhir = fhir;
		this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
		this.timeout = timeout;
		this.pageSize = pageSize;
		this.maxCodes = maxCodes;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	URI base() {
		return base;
	}

	/** The whole expansion of {@code valueSet}, every page of it, as one expansion component. */
	ValueSet.ValueSetExpansionComponent expand(ValueSet valueSet) {
		try {
			return expand(valueSet, pageSize);
		}
		catch (PagingRefused refused) {
			if (pageSize >= maxCodes) {
				throw tooMany(valueSet);
			}
			try {
				return expand(valueSet, maxCodes);
			}
			catch (PagingRefused again) {
				throw tooMany(valueSet);
			}
		}
	}

	private TerminologyException tooMany(ValueSet valueSet) {
		return new TerminologyException("The expansion of " + valueSet.getUrl() + " has more than " + maxCodes
				+ " codes; narrow the filter or raise terminology.max-codes");
	}

	private ValueSet.ValueSetExpansionComponent expand(ValueSet valueSet, int count) {
		List<ValueSet.ValueSetExpansionContainsComponent> all = new ArrayList<>();
		ValueSet.ValueSetExpansionComponent first = null;
		int offset = 0;
		while (true) {
			ValueSet page = post(valueSet, offset, count);
			if (!page.hasExpansion()) {
				throw new TerminologyException("The server answered $expand of " + valueSet.getUrl()
						+ " with a ValueSet that has no expansion");
			}
			ValueSet.ValueSetExpansionComponent expansion = page.getExpansion();
			if (first == null) {
				first = expansion;
			}
			all.addAll(expansion.getContains());
			int received = expansion.getContains().size();
			offset += received;
			boolean more = expansion.hasTotal() && offset < expansion.getTotal() && received > 0;
			if (offset > maxCodes) {
				throw tooMany(valueSet);
			}
			if (!more) {
				break;
			}
		}
		ValueSet.ValueSetExpansionComponent whole = first.copy();
		whole.getContains().clear();
		whole.getContains().addAll(all);
		whole.setTotal(all.size());
		whole.setOffset(0);
		return whole;
	}

	private ValueSet post(ValueSet valueSet, int offset, int count) {
		Parameters parameters = new Parameters();
		parameters.addParameter().setName("valueSet").setResource(valueSet);
		parameters.addParameter().setName("count").setValue(new IntegerType(count));
		parameters.addParameter().setName("offset").setValue(new IntegerType(offset));
		String body = fhir.newJsonParser().encodeResourceToString(parameters);
		HttpRequest request = HttpRequest.newBuilder(base.resolve("ValueSet/$expand"))
			.timeout(timeout)
			.header("Content-Type", "application/fhir+json")
			.header("Accept", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new TerminologyException("Cannot reach the terminology server at " + base + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TerminologyException("Interrupted while expanding " + valueSet.getUrl(), ex);
		}
		IBaseResource answer;
		try {
			answer = fhir.newJsonParser().parseResource(response.body());
		}
		catch (DataFormatException | IllegalArgumentException ex) {
			throw new TerminologyException("$expand of " + valueSet.getUrl() + " answered HTTP " + response.statusCode()
					+ " with a body that is not FHIR JSON", ex);
		}
		if (answer instanceof OperationOutcome outcome) {
			if (diagnostics(outcome).startsWith(TOO_MANY_CODES)) {
				throw new PagingRefused(diagnostics(outcome));
			}
			throw new TerminologyException("$expand of " + valueSet.getUrl() + " failed with HTTP "
					+ response.statusCode() + ": " + diagnostics(outcome));
		}
		if (response.statusCode() / 100 != 2 || !(answer instanceof ValueSet expanded)) {
			throw new TerminologyException("$expand of " + valueSet.getUrl() + " answered HTTP " + response.statusCode()
					+ " with a " + answer.fhirType() + " instead of a ValueSet");
		}
		return expanded;
	}

	private static String diagnostics(OperationOutcome outcome) {
		return outcome.getIssue()
			.stream()
			.map(i -> i.hasDiagnostics() ? i.getDiagnostics() : i.getDetails().getText())
			.filter(t -> t != null && !t.isBlank())
			.findFirst()
			.orElse("no diagnostics");
	}

}
