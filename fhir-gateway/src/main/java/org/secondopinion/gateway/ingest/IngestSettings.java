package org.secondopinion.gateway.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * How the gateway takes in what EHRs serve.
 * @param overlap how far before the watermark each incremental search starts again, for EHR clocks and
 * transactions that commit out of order; versions already published in the overlap are skipped
 * @param maxResourceBytes a resource larger than this (as JSON) is dead-lettered, not published
 * @param trackDeletes whether each pass reads the type's {@code _history} for deletes
 * @param directoryTypes provider-directory types, pulled from every EHR and published to {@code ehr.directory.v1}
 * @param backfill Bulk Data {@code $export} backfills
 * @param push rest-hook notifications
 */
@Validated
@ConfigurationProperties("second-opinion.gateway.ingest")
public record IngestSettings(@NotNull Duration overlap, @Min(1024) int maxResourceBytes, boolean trackDeletes,
		@Nullable List<String> directoryTypes, @Valid @NotNull Backfill backfill, @Valid @NotNull Push push) {

	public IngestSettings {
		directoryTypes = directoryTypes == null ? List.of() : List.copyOf(directoryTypes);
	}

	/**
	 * @param batchSize NDJSON lines published, acknowledged and recorded together
	 * @param defaultPollWait the wait between two status polls when the EHR sends no {@code Retry-After}
	 * @param maxPollWait the longest wait between two status polls, whatever {@code Retry-After} says
	 * @param maxDuration a backfill still exporting after this long fails
	 */
	public record Backfill(@Min(1) int batchSize, @NotNull Duration defaultPollWait, @NotNull Duration maxPollWait,
			@NotNull Duration maxDuration) {
	}

	/**
	 * @param secretHeader the request header that carries an EHR's shared secret on its notifications
	 * @param secrets per EHR id, the shared secret its rest-hook subscriptions send; an EHR without one cannot push
	 */
	public record Push(@NotBlank String secretHeader, @Nullable Map<String, String> secrets) {

		public Push {
			secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
		}

		public Optional<String> secretOf(EhrId ehrId) {
			return Optional.ofNullable(secrets.get(ehrId.value())).filter(secret -> !secret.isBlank());
		}

	}

}
