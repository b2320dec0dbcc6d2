package org.secondopinion.gateway.backfill;

import java.util.UUID;

/** Identifies a backfill job. */
public record BackfillId(UUID value) {

	static BackfillId random() {
		return new BackfillId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
