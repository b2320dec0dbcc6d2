package org.secondopinion.gateway.backfill;

/** Where a backfill job is; the first four are resumed after a restart. */
public enum BackfillState {

	/** Accepted, not yet asked of the EHR. */
	ACCEPTED,

	/** The EHR is exporting; the gateway polls its status URL. */
	EXPORTING,

	/** The manifest is in; the files are being streamed and published. */
	DOWNLOADING,

	/** Paging through searches, for an EHR without {@code $export}. */
	SEARCHING,

	COMPLETED,

	FAILED;

	boolean finished() {
		return this == COMPLETED || this == FAILED;
	}

}
