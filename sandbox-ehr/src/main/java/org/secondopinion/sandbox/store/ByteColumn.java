package org.secondopinion.sandbox.store;

import java.util.Arrays;

/** A growable column of {@code byte}s in fixed-size chunks, like {@link IntColumn}. */
final class ByteColumn {

	private static final int CHUNK_BITS = 16;

	private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

	private static final int CHUNK_MASK = CHUNK_SIZE - 1;

	private byte[][] chunks = new byte[0][];

	private int size;

	int size() {
		return size;
	}

	int add(byte value) {
		int index = size;
		int chunk = index >>> CHUNK_BITS;
		if (chunk == chunks.length) {
			chunks = Arrays.copyOf(chunks, chunk + 1);
			chunks[chunk] = new byte[CHUNK_SIZE];
		}
		chunks[chunk][index & CHUNK_MASK] = value;
		size++;
		return index;
	}

	byte get(int index) {
		return chunks[index >>> CHUNK_BITS][index & CHUNK_MASK];
	}

	void set(int index, byte value) {
		chunks[index >>> CHUNK_BITS][index & CHUNK_MASK] = value;
	}

}
