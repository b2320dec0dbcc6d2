package org.secondopinion.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ResourceIndexTests {

	private final ResourceIndex index = new ResourceIndex();

	@Test
	void findsEachOfManyResourcesByTypeAndIdAfterTheTableGrows() {
		for (int number = 0; number < 50_000; number++) {
			assertThat(index.add(number % 3, "id-" + number)).isEqualTo(number);
		}

		for (int number = 0; number < 50_000; number += 997) {
			assertThat(index.find(number % 3, "id-" + number)).isEqualTo(number);
			assertThat(index.id(number)).isEqualTo("id-" + number);
			assertThat(index.type(number)).isEqualTo(number % 3);
		}
	}

	@Test
	void theSameIdUnderAnotherTypeIsAnotherResource() {
		int condition = index.add(1, "shared");
		int observation = index.add(2, "shared");

		assertThat(index.find(1, "shared")).isEqualTo(condition);
		assertThat(index.find(2, "shared")).isEqualTo(observation);
		assertThat(index.find(3, "shared")).isEqualTo(-1);
	}

	@Test
	void packsCanonicalUuidsButKeepsOtherSpellingsDistinct() {
		String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
		int lower = index.add(0, uuid);
		int upper = index.add(0, uuid.toUpperCase());

		assertThat(index.id(lower)).isEqualTo(uuid);
		assertThat(index.id(upper)).isEqualTo(uuid.toUpperCase());
		assertThat(index.find(0, uuid)).isEqualTo(lower);
		assertThat(index.find(0, uuid.toUpperCase())).isEqualTo(upper);
		assertThat(index.find(0, "0f8fad5b-d9cb-469f-a165-70867728950f")).isEqualTo(-1);
	}

	@Test
	void unknownIdsAreNotFound() {
		index.add(0, "known");

		assertThat(index.find(0, "unknown")).isEqualTo(-1);
		assertThat(index.find(0, "know")).isEqualTo(-1);
	}

	@Test
	void keepsNonAsciiAndLongIdsIntactAcrossArenaChunks() {
		String unusual = "ünïcode-" + "x".repeat(300);
		for (int number = 0; number < 20_000; number++) {
			index.add(0, UUID.nameUUIDFromBytes(new byte[] { (byte) number, (byte) (number >> 8) }) + "-" + number);
		}
		int number = index.add(0, unusual);

		assertThat(index.id(number)).isEqualTo(unusual);
		assertThat(index.find(0, unusual)).isEqualTo(number);
	}

}
