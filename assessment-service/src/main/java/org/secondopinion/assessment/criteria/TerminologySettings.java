package org.secondopinion.assessment.criteria;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the hierarchical filters of the value sets ({@code concept is-a} on SNOMED CT) are expanded.
 * @param baseUrl a FHIR R4 terminology server's base URL ({@code ValueSet/$expand}); when unset, the expansions shipped
 * in the value-set files are used as they are
 * @param refreshInterval how often the expansions are fetched again (the first time at start-up)
 * @param timeout connect and read timeout of one request
 * @param pageSize codes asked for per {@code $expand} page ({@code count})
 * @param maxCodes an expansion larger than this is refused, the previous one kept
 */
@Validated
@ConfigurationProperties("second-opinion.assessment.terminology")
record TerminologySettings(@Nullable URI baseUrl, @NotNull Duration refreshInterval, @NotNull Duration timeout,
		@Min(1) int pageSize, @Min(1) int maxCodes) {
}
