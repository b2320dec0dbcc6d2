package org.secondopinion.testing.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MainSourcesTests {

	@TempDir
	Path root;

	@Test
	void findsACodeSpelledAsAStringLiteralOutsideTheAllowedFiles() throws IOException {
		write("a/Rule.java", "class Rule {", "  String code = \"RARE_OR_COMPLEX_CONDITION\";", "}");
		write("a/Vocabulary.java", "class Vocabulary {", "  String code = \"RARE_OR_COMPLEX_CONDITION\";", "}");
		write("a/Other.java", "class Other {", "  String text = \"RARE_OR_COMPLEX_CONDITION_X and rare\";", "}");

		assertThat(MainSources.of(root).literalsOf(List.of("RARE_OR_COMPLEX_CONDITION"), Set.of("Vocabulary.java")))
			.containsExactly(Path.of("a", "Rule.java") + ":2 RARE_OR_COMPLEX_CONDITION");
	}

	@Test
	void findsElevenIdenticalLinesInTwoFilesWhateverTheirIndentation() throws IOException {
		String[] block = IntStream.rangeClosed(1, 11).mapToObj(i -> "x" + i + "();").toArray(String[]::new);
		write("One.java", concat(new String[] { "package a;", "import java.util.List;", "class One {" }, block, "}"));
		write("Two.java", concat(new String[] { "class Two {", "void m() {" }, indent(block), "}"));

		assertThat(MainSources.of(root).sharedRunsLongerThan(10)).singleElement()
			.asString()
			.contains("One.java and Two.java")
			.contains("x1();");
	}

	@Test
	void acceptsTenSharedLinesAndSharedImports() throws IOException {
		String[] block = IntStream.rangeClosed(1, 10).mapToObj(i -> "x" + i + "();").toArray(String[]::new);
		String[] imports = IntStream.rangeClosed(1, 12).mapToObj(i -> "import a.B" + i + ";").toArray(String[]::new);
		write("One.java", concat(imports, block, "class One {}"));
		write("Two.java", concat(imports, block, "class Two {}"));

		assertThat(MainSources.of(root).sharedRunsLongerThan(10)).isEmpty();
	}

	private void write(String name, String... lines) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, List.of(lines));
	}

	private static String[] concat(String[] head, String[] body, String tail) {
		String[] all = new String[head.length + body.length + 1];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(body, 0, all, head.length, body.length);
		all[all.length - 1] = tail;
		return all;
	}

	private static String[] indent(String[] lines) {
		return java.util.Arrays.stream(lines).map(l -> "\t\t" + l).toArray(String[]::new);
	}

}
