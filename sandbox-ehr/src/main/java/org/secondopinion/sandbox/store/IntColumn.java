package org.secondopinion.sandbox.store;

import java.util.Arrays;

/**
 * A growable column of {@code int}s in fixed-size chunks, so that growing never copies the column and a column of
 * millions of values costs four bytes a value. Not thread-safe: the store guards it with its lock.
 */
final class IntColumn {

	private static final int CHUNK_BITS = 16;

	private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

	private static final int CHUNK_MASK = CHUNK_SIZE - 1;

	private int[][] chunks = new int[0][];

	private int size;

	int size() {
		return size;
	}

	int add(int value) {
		int index = size;
		int chunk = index >>> CHUNK_BITS;
		if (chunk == chunks.length) {
			chunks = Arrays.copyOf(chunks, chunk + 1);
			chunks[chunk] = new int[CHUNK_SIZE];
		}
		chunks[chunk][index & CHUNK_MASK] = value;
		size++;
		return index;
	}

	int get(int index) {
		return chunks[index >>> CHUNK_BITS][index & CHUNK_MASK];
	}

	void set(int index, int value) {
		chunks[index >>> CHUNK_BITS][index & CHUNK_MASK] = value;
	}

}
