package org.secondopinion.sandbox.store;

import java.util.Arrays;

/** A growable column of {@code long}s in fixed-size chunks, like {@link IntColumn}. */
final class LongColumn {

	private static final int CHUNK_BITS = 15;

	private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

	private static final int CHUNK_MASK = CHUNK_SIZE - 1;

	private long[][] chunks = new long[0][];

	private int size;

	int size() {
		return size;
	}

	int add(long value) {
		int index = size;
		int chunk = index >>> CHUNK_BITS;
		if (chunk == chunks.length) {
			chunks = Arrays.copyOf(chunks, chunk + 1);
			chunks[chunk] = new long[CHUNK_SIZE];
		}
		chunks[chunk][index & CHUNK_MASK] = value;
		size++;
		return index;
	}

	long get(int index) {
		return chunks[index >>> CHUNK_BITS][index & CHUNK_MASK];
	}

}
