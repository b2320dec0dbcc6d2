package org.secondopinion.sandbox.store;

import java.util.Arrays;

/**
 * A growable, append-only list of ascending {@code int}s (version numbers in write order), small to start with: one
 * per resource type, per patient, per identifier. Not thread-safe: the store guards it with its lock.
 */
final class IntList {

	private int[] values = new int[4];

	private int size;

	int size() {
		return size;
	}

	void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size + (size >> 1) + 4);
		}
		values[size++] = value;
	}

	int get(int index) {
		return values[index];
	}

}
