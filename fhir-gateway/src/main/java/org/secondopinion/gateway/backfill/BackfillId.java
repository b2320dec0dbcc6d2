package org.secondopinion.gateway.backfill;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a backfill job; written as the bare UUID. */
public record BackfillId(@JsonValue UUID value) {

	static BackfillId random() {
		return new BackfillId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
