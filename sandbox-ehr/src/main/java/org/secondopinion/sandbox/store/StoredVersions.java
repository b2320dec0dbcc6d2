package org.secondopinion.sandbox.store;

import java.time.Instant;
import java.util.List;

/**
 * The versions that a search or a history query found, frozen when the query ran: writes that come later do not
 * change its size, its order or its pages. Pages are read and parsed on demand, so a result of a million versions
 * costs little until it is paged through. Thread-safe.
 */
public final class StoredVersions {

	private final FhirStore store;

	private final Selection selection;

	private final Instant asOf;

	StoredVersions(FhirStore store, Selection selection, Instant asOf) {
		this.store = store;
		this.selection = selection;
		this.asOf = asOf;
	}

	/** How many versions there are. */
	public int size() {
		return store.readLocked(selection::size);
	}

	/** The versions {@code from} (inclusive) to {@code to} (exclusive), parsed. */
	public List<StoredVersion> get(int from, int to) {
		int[] versions = store.readLocked(() -> selection.versions(from, to));
		return store.load(versions);
	}

	/** When the query ran: the result is the store's content at that instant. */
	public Instant asOf() {
		return asOf;
	}

}
