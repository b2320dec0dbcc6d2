package org.secondopinion.sandbox.server;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.InstantType;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.StoredVersions;

/**
 * Stable paging of history. HAPI pages history by offset ({@code _offset}), re-running the query for every page, so
 * the first page pins the history with {@value #UNTIL}, the instant of the latest write it shows, and HAPI copies
 * that parameter into every {@code next} link: later pages run the same query over the same versions, however many
 * writes arrive meanwhile. (Newest first, an unpinned history would shift by one entry with every write.)
 */
final class HistoryPaging {

	/** Versions written at or before this instant; set by the first page, carried by the {@code next} links. */
	static final String UNTIL = "_until";

	private HistoryPaging() {
	}

	/**
	 * The page of the history the request asks for: from its {@code _offset}, pinned to its {@code _until} (or, on
	 * the first page, to now).
	 * @param history runs the history query up to an instant (null for now)
	 */
	static IBundleProvider page(RequestDetails request, Function<@Nullable Instant, StoredVersions> history) {
		Instant until = instant(request, UNTIL);
		StoredVersions versions = history.apply(until);
		if (until == null) {
			request.addParameter(UNTIL, new String[] { new InstantType(java.util.Date.from(versions.asOf()))
				.getValueAsString() });
		}
		int offset = offset(request);
		return new StoredBundle(new OffsetVersions(versions, offset),
				page -> page.stream().map(HistoryEntries::entry).toList());
	}

	private static @Nullable Instant instant(RequestDetails request, String name) {
		String[] values = request.getParameters().get(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return null;
		}
		try {
			return new InstantType(values[0]).getValue().toInstant();
		}
		catch (RuntimeException ex) {
			throw new InvalidRequestException("Invalid " + name + ": " + values[0]);
		}
	}

	private static int offset(RequestDetails request) {
		String[] values = request.getParameters().get(Constants.PARAM_OFFSET);
		if (values == null || values.length == 0) {
			return 0;
		}
		try {
			return Math.max(0, Integer.parseInt(values[0]));
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("Invalid _offset: " + values[0]);
		}
	}

	/**
	 * The versions from an offset on, as HAPI's offset paging wants them: it reads the page from index 0, but takes
	 * the size for the size of the whole history.
	 */
	private record OffsetVersions(StoredVersions versions, int offset) implements StoredBundle.Pages {

		@Override
		public int size() {
			return versions.size();
		}

		@Override
		public List<org.secondopinion.sandbox.store.StoredVersion> get(int from, int to) {
			return versions.get(offset + from, offset + to);
		}

		@Override
		public Instant asOf() {
			return versions.asOf();
		}

	}

}
