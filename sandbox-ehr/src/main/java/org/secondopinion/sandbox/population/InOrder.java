package org.secondopinion.sandbox.population;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of work on all cores, a batch at a time, and hands their results on in order: parallel
 * where it is slow (parsing, deriving), sequential where order matters (the file, the store), and never holding more
 * than a batch of results.
 */
final class InOrder {

	private InOrder() {
	}

	/** Runs {@code work} for {@code 0..count-1} and gives each result to {@code sink}, in that order. */
	static <T> void run(int count, int batch, IntFunction<T> work, Consumer<T> sink) {
		for (int first = 0; first < count; first += batch) {
			List<T> results = IntStream.range(first, Math.min(count, first + batch)).parallel().mapToObj(work).toList();
			results.forEach(sink);
		}
	}

}
