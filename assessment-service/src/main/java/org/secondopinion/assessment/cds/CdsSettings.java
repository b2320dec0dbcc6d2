package org.secondopinion.assessment.cds;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param ehrs the EHRs allowed to call the CDS services
 * @param publicBaseUrl the base URL the EHRs call (e.g. {@code https://cds.example.org}); the {@code aud} of their
 * tokens must be the service endpoint under it. When unset, the URL of the request is used.
 * @param caseLink where a card links to: {@code {ehrId}} and {@code {patientId}} are replaced
 * @param sourceUrl where a card's source points to: the rule catalog
 * @param clockSkew tolerated clock difference when checking {@code exp} and {@code iat}
 * @param maxTokenLifetime tokens valid for longer than this (from {@code iat} to {@code exp}) are refused
 * @param fhirTimeout timeout of each request to an EHR's FHIR server when the prefetch is missing
 * @param maxFhirPages at most this many pages are read per search
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.cds")
record CdsSettings(@Valid @Nullable List<Ehr> ehrs, @Nullable String publicBaseUrl, @NotBlank String caseLink,
		@NotBlank String sourceUrl, @NotNull Duration clockSkew, @NotNull Duration maxTokenLifetime,
		@NotNull Duration fhirTimeout, @Min(1) int maxFhirPages) {

	CdsSettings {
		ehrs = ehrs == null ? List.of() : List.copyOf(ehrs);
		publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : trimSlash(publicBaseUrl);
	}

	List<Ehr> ehrsOf(String issuer) {
		return ehrs().stream().filter(e -> e.issuer().equals(issuer)).toList();
	}

	/** The EHR of the token's issuer that serves the request's {@code fhirServer}, or its only one if none is sent. */
	Optional<Ehr> ehrOf(String issuer, @Nullable String fhirServer) {
		List<Ehr> candidates = ehrsOf(issuer);
		if (fhirServer == null) {
			return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
		}
		return candidates.stream().filter(e -> e.fhirServer().equals(trimSlash(fhirServer))).findFirst();
	}

	static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * @param ehrId the EHR as the gateway names it, so that its patients are found in the picture
	 * @param fhirServer its FHIR base URL, as it sends it in {@code fhirServer}; also where missing prefetch is read
	 * @param issuer the {@code iss} of its tokens
	 * @param jwksUrl its JWK Set
	 * @param allowedJku JWK Set URLs its tokens may name in the {@code jku} header; others are refused
	 * @param clients the {@code sub} (client ids) its tokens may carry; any when empty
	 */
	record Ehr(@NotBlank String ehrId, @NotBlank String fhirServer, @NotBlank String issuer, @NotBlank String jwksUrl,
			@Nullable List<String> allowedJku, @Nullable List<String> clients) {

		Ehr {
			fhirServer = trimSlash(fhirServer);
			allowedJku = allowedJku == null ? List.of() : List.copyOf(allowedJku);
			clients = clients == null ? List.of() : List.copyOf(clients);
		}

		/** The EHR, as the hook services name its patients. */
		EhrId ehr() {
			return new EhrId(ehrId);
		}

		boolean admits(@Nullable String client) {
			return clients.isEmpty() || clients.contains(client);
		}

	}

}
