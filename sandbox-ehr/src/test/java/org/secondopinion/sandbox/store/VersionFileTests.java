package org.secondopinion.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionFileTests {

	@TempDir
	Path directory;

	@Test
	void readsBackEveryRecordWhenRecordsFillSeveralSegments() {
		try (VersionFile file = new VersionFile(directory, 1000)) {
			List<Long> positions = new ArrayList<>();
			for (int number = 0; number < 50; number++) {
				positions.add(file.append(record(number, 90 + number * 7)));
			}

			for (int number = 0; number < 50; number++) {
				assertThat(bytes(file.read(positions.get(number), 90 + number * 7)))
					.isEqualTo(record(number, 90 + number * 7));
			}
			assertThat(positions).allSatisfy(position -> assertThat(position % 1000 + 1).isPositive());
		}
	}

	@Test
	void aRecordNeverSpansTwoSegments() {
		try (VersionFile file = new VersionFile(directory, 1000)) {
			file.append(new byte[700]);
			long second = file.append(new byte[400]);

			assertThat(second).isEqualTo(1000);
		}
	}

	@Test
	void refusesARecordLargerThanASegment() {
		try (VersionFile file = new VersionFile(directory, 1000)) {
			assertThatIllegalArgumentException().isThrownBy(() -> file.append(new byte[1001]));
		}
	}

	@Test
	void leavesNoFileBehind() throws Exception {
		new VersionFile(directory, 1000).close();

		try (var files = Files.list(directory)) {
			assertThat(files).isEmpty();
		}
	}

	private static byte[] record(int number, int length) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, (byte) number);
		return bytes;
	}

	private static byte[] bytes(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

}
