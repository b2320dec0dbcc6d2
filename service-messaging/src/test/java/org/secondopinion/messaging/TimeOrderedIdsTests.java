package org.secondopinion.messaging;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTests {

	@Test
	void makesVersion7UuidsOfTheRfc9562VariantWithTheTimeFirst() {
		long before = System.currentTimeMillis();
		UUID id = TimeOrderedIds.next();
		long after = System.currentTimeMillis();
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
	}

	@Test
	void sortsLaterIdsAfterEarlierOnesAndRepeatsNone() throws InterruptedException {
		UUID first = TimeOrderedIds.next();
		Thread.sleep(2);
		UUID second = TimeOrderedIds.next();
		// PostgreSQL orders uuid values by their bytes, as an unsigned comparison of the string form does
		assertThat(second.toString()).isGreaterThan(first.toString());
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(TimeOrderedIds.next());
		}
		assertThat(ids).hasSize(100_000);
	}

}
