package org.secondopinion.gateway.ingest;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What became of a batch, all of it acknowledged by Kafka and recorded.
 * @param published new versions published
 * @param deadLettered resources refused, now on the dead-letter topic
 * @param skipped versions published before (an overlap, a repeated entry, a resumed file)
 * @param reached the latest {@code meta.lastUpdated} in the batch
 */
public record IngestResult(int published, int deadLettered, int skipped, @Nullable Instant reached) {

	public static final IngestResult NONE = new IngestResult(0, 0, 0, null);

	public int total() {
		return published + deadLettered + skipped;
	}

	public IngestResult plus(IngestResult other) {
		Instant later = reached == null ? other.reached
				: other.reached == null || reached.isAfter(other.reached) ? reached : other.reached;
		return new IngestResult(published + other.published, deadLettered + other.deadLettered,
				skipped + other.skipped, later);
	}

}
