package org.secondopinion.localstack.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvaluationSetTests {

	@TempDir
	Path directory;

	@Test
	void readsTheCasesAndWhatIsExpectedOfThem() throws Exception {
		Files.createDirectories(directory.resolve("cases"));
		Files.writeString(directory.resolve("cases/bc-01.json"), """
				{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"Patient","id":"bc-01"},
				 "request":{"method":"PUT","url":"Patient/bc-01"}}]}""");
		Files.writeString(directory.resolve("expectations.json"), """
				{"anchorDate":"2026-12-01","cases":[{"case":"bc-01","target":"MAJOR_PROCEDURE_PLANNED",
				 "kind":"positive","expected":["MAJOR_PROCEDURE_PLANNED"],"why":"open order for a fusion"}]}""");

		EvaluationSet set = EvaluationSet.load(directory);

		assertThat(set.anchorDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(set.cases()).singleElement().satisfies(c -> {
			assertThat(c.id()).isEqualTo("bc-01");
			assertThat(c.expected()).containsExactly("MAJOR_PROCEDURE_PLANNED");
			assertThat(c.bundle().path("entry").size()).isEqualTo(1);
		});
	}

	@Test
	void refusesACaseWithoutItsRecord() throws Exception {
		Files.writeString(directory.resolve("expectations.json"), """
				{"anchorDate":"2026-12-01","cases":[{"case":"bc-09","target":"X","kind":"positive","expected":[]}]}""");

		assertThatIllegalArgumentException().isThrownBy(() -> EvaluationSet.load(directory))
			.withMessageContaining("bc-09");
	}

}
