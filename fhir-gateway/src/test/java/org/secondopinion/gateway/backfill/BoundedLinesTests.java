package org.secondopinion.gateway.backfill;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLinesTests {

	@Test
	void splitsLinesAndStripsCarriageReturns() throws IOException {
		assertThat(lines("{\"a\":1}\r\n{\"b\":2}\n{\"c\":3}", 100)).extracting(BoundedLines.Line::text)
			.containsExactly("{\"a\":1}", "{\"b\":2}", "{\"c\":3}");
	}

	@Test
	void cutsALineLongerThanTheLimitAndCarriesOnWithTheNext() throws IOException {
		List<BoundedLines.Line> lines = lines("x".repeat(50) + "\n{\"ok\":true}\n", 20);

		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).truncated()).isTrue();
		assertThat(lines.get(0).text()).hasSize(20);
		assertThat(lines.get(0).length()).isEqualTo(50);
		assertThat(lines.get(1).text()).isEqualTo("{\"ok\":true}");
		assertThat(lines.get(1).truncated()).isFalse();
	}

	@Test
	void answersNothingForAnEmptyStream() throws IOException {
		assertThat(lines("", 10)).isEmpty();
	}

	private static List<BoundedLines.Line> lines(String text, int max) throws IOException {
		BoundedLines bounded = new BoundedLines(new StringReader(text), max);
		List<BoundedLines.Line> lines = new ArrayList<>();
		for (BoundedLines.Line line = bounded.next(); line != null; line = bounded.next()) {
			lines.add(line);
		}
		return lines;
	}

}
