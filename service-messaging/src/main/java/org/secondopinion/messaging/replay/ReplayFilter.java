package org.secondopinion.messaging.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which dead letters a listing or replay takes: all of them, or those of one partition, an offset range (both ends
 * included) and/or one record key. {@code name} names the replay: its consumer group, so that a replay of the same
 * name resumes where the last one stopped; by default it is derived from the filter, so the same request twice
 * replays nothing the second time.
 */
record ReplayFilter(@Nullable Integer partition, @Nullable Long fromOffset, @Nullable Long toOffset,
		@Nullable String key, @Nullable String name) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	ReplayFilter {
		if (partition != null && partition < 0) {
			throw new IllegalArgumentException("partition must be 0 or more");
		}
		if (fromOffset != null && toOffset != null && fromOffset > toOffset) {
			throw new IllegalArgumentException("fromOffset must not be after toOffset");
		}
		if (name != null && !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("name must be 1 to 64 letters, digits, '.', '_' or '-'");
		}
	}

	static ReplayFilter all() {
		return new ReplayFilter(null, null, null, null, null);
	}

	boolean takes(int recordPartition, long offset, byte @Nullable [] recordKey) {
		return (partition == null || partition == recordPartition) && (fromOffset == null || offset >= fromOffset)
				&& (toOffset == null || offset <= toOffset) && (key == null
						|| (recordKey != null && key.equals(new String(recordKey, StandardCharsets.UTF_8))));
	}

	/** The replay's name: given, {@code all} without a filter, else a digest of the filter (keys stay out of it). */
	String replayName() {
		if (name != null) {
			return name;
		}
		if (partition == null && fromOffset == null && toOffset == null && key == null) {
			return "all";
		}
		String filter = partition + "|" + fromOffset + "|" + toOffset + "|" + key;
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(filter.getBytes(StandardCharsets.UTF_8));
			return "filter-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
