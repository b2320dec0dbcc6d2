package org.secondopinion.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InOrderTests {

	@Test
	void handsResultsOnInOrderAcrossBatches() {
		List<Integer> results = new ArrayList<>();

		InOrder.run(100, 7, index -> index * index, results::add);

		assertThat(results).containsExactlyElementsOf(IntStream.range(0, 100).map(index -> index * index).boxed().toList());
	}

	@Test
	void doesNothingForNoWork() {
		List<Integer> results = new ArrayList<>();

		InOrder.run(0, 8, index -> index, results::add);

		assertThat(results).isEmpty();
	}

}
