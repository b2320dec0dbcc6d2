package org.secondopinion.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway reaches its EHRs and how often it pulls.
 * @param pollInterval pause between two sync passes over every EHR and resource type
 * @param pageSize {@code _count} asked of the EHR per page
 * @param maxResponseBytes a page larger than this is refused, not buffered
 */
@Validated
@ConfigurationProperties("second-opinion.gateway")
public record GatewaySettings(@NotNull Duration pollInterval, @Min(1) int pageSize, @Min(1) int topicPartitions,
		@Min(1024) long maxResponseBytes, @Valid @NotNull Retry retry, @Valid @NotNull List<Ehr> ehrs) {

	/** Resource types pulled when an EHR's configuration names none. */
	public static final List<String> DEFAULT_RESOURCE_TYPES = List.of("Patient", "Condition", "Procedure",
			"Observation", "ServiceRequest", "Encounter", "MedicationRequest", "CarePlan", "Coverage",
			"QuestionnaireResponse", "Communication", "Flag", "DocumentReference");

	/**
	 * One EHR's FHIR R4 endpoint.
	 * @param id short stable name used in keys and event ids, e.g. {@code north}
	 * @param bearerToken sent as {@code Authorization: Bearer}; absent for EHRs without auth
	 */
	public record Ehr(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]+") String id, @NotNull URI baseUrl,
			@Nullable String bearerToken, @Nullable List<String> resourceTypes) {

		public List<String> resourceTypesOrDefault() {
			return resourceTypes == null || resourceTypes.isEmpty() ? DEFAULT_RESOURCE_TYPES : resourceTypes;
		}

	}

	/** Retries of failed EHR calls (timeouts, 429, 5xx) with exponential backoff. */
	public record Retry(@Min(1) int maxAttempts, @NotNull Duration initialBackoff, @NotNull Duration maxBackoff,
			@NotNull Duration requestTimeout) {
	}

	public GatewaySettings {
		if (ehrs.stream().map(Ehr::id).distinct().count() != ehrs.size()) {
			throw new IllegalArgumentException("EHR ids must be unique: " + ehrs.stream().map(Ehr::id).toList());
		}
	}

}
