package org.secondopinion.sandbox.store;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The versions of a source list that pass a filter, evaluated lazily but stably: the source is cut at its length
 * when the selection is made, and the filter judges each version as of that moment, so later writes neither add,
 * remove nor move anything. Counting records a checkpoint every {@value #STRIDE} matches, so that any page is found
 * without rescanning from the start. Not thread-safe: the store calls it under its read lock.
 */
final class Selection {

	private static final int STRIDE = 256;

	private final Source source;

	private final int low;

	private final int high;

	private final boolean descending;

	private final IntPredicate accepts;

	private int size = -1;

	private int[] checkpoints = new int[0];

	/**
	 * @param source version numbers in ascending order
	 * @param low the first position to consider
	 * @param high the end of the positions to consider, exclusive
	 * @param descending whether to list the matches from the last position down
	 * @param accepts which versions match
	 */
	Selection(Source source, int low, int high, boolean descending, IntPredicate accepts) {
		this.source = source;
		this.low = low;
		this.high = Math.max(low, high);
		this.descending = descending;
		this.accepts = accepts;
	}

	synchronized int size() {
		if (size < 0) {
			count();
		}
		return size;
	}

	/** The version numbers of the matches {@code from} (inclusive) to {@code to} (exclusive). */
	synchronized int[] versions(int from, int to) {
		int end = Math.min(to, size());
		if (from >= end) {
			return new int[0];
		}
		int[] found = new int[end - from];
		int checkpoint = from / STRIDE;
		int match = checkpoint * STRIDE;
		for (int step = checkpoints[checkpoint]; match < end; step++) {
			int version = source.versionAt(position(step));
			if (accepts.test(version)) {
				if (match >= from) {
					found[match - from] = version;
				}
				match++;
			}
		}
		return found;
	}

	private void count() {
		int[] marks = new int[16];
		int matches = 0;
		for (int step = 0; step < high - low; step++) {
			if (accepts.test(source.versionAt(position(step)))) {
				if (matches % STRIDE == 0) {
					if (matches / STRIDE == marks.length) {
						marks = Arrays.copyOf(marks, marks.length * 2);
					}
					marks[matches / STRIDE] = step;
				}
				matches++;
			}
		}
		checkpoints = Arrays.copyOf(marks, matches / STRIDE + 1);
		size = matches;
	}

	private int position(int step) {
		return descending ? high - 1 - step : low + step;
	}

	/** Version numbers in ascending order, by position. */
	@FunctionalInterface
	interface Source {

		int versionAt(int position);

		static Source of(IntList list) {
			return list::get;
		}

		static Source of(int[] versions) {
			return position -> versions[position];
		}

		/** Every version: position and version number are the same. */
		static Source all() {
			return position -> position;
		}

	}

}
