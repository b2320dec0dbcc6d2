package org.secondopinion.testing.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Javadoc as Markdown, and the {@code @param} tags of settings records that the configuration processor does not
 * reach: the elements of lists and maps, read from their source files.
 */
public final class Javadoc {

	private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*@\\w|\\z)", Pattern.DOTALL);

	private final Path projectRoot;

	private final Map<Class<?>, Map<String, String>> params = new HashMap<>();

	Javadoc(Path projectRoot) {
		this.projectRoot = projectRoot;
	}

	/** The {@code @param} text of a record component of {@code type}, as Markdown; empty when there is none. */
	String param(Class<?> type, String component) {
		return params.computeIfAbsent(type, this::readParams).getOrDefault(component, "");
	}

	/** Javadoc text as one line of Markdown: inline tags as code, HTML dropped, pipes escaped. */
	public static String markdown(@Nullable String javadoc) {
		if (javadoc == null) {
			return "";
		}
		String text = inlineTags(javadoc).replaceAll("</?[a-zA-Z][^>]*>", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.trim();
		return text.replace("|", "\\|");
	}

	private static String inlineTags(String text) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int start = text.indexOf("{@", i);
			if (start < 0) {
				out.append(text, i, text.length());
				break;
			}
			out.append(text, i, start);
			int depth = 0;
			int end = start;
			for (; end < text.length(); end++) {
				char c = text.charAt(end);
				depth += c == '{' ? 1 : c == '}' ? -1 : 0;
				if (depth == 0) {
					break;
				}
			}
			String tag = text.substring(start + 2, Math.min(end, text.length()));
			int space = tag.indexOf(' ');
			String name = space < 0 ? tag : tag.substring(0, space);
			String body = space < 0 ? "" : tag.substring(space + 1).trim();
			out.append(switch (name) {
				case "code" -> "`" + body + "`";
				case "link", "linkplain" -> linkText(body);
				default -> body;
			});
			i = end + 1;
		}
		return out.toString();
	}

	private static String linkText(String body) {
		int space = body.indexOf(' ');
		if (space >= 0) {
			return body.substring(space + 1).trim();
		}
		String target = body.startsWith("#") ? body.substring(1) : body.replace('#', '.');
		return "`" + target + "`";
	}

	private Map<String, String> readParams(Class<?> type) {
		Class<?> top = type;
		while (top.getEnclosingClass() != null) {
			top = top.getEnclosingClass();
		}
		Path source = sourceOf(top);
		if (source == null) {
			return Map.of();
		}
		String code;
		try {
			code = Files.readString(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Matcher declaration = Pattern
			.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\((?:[^()]|\\([^()]*\\))*\\))?\\s*)*"
					+ "(?:(?:public|protected|private|static|final)\\s+)*(?:record|class)\\s+" + type.getSimpleName()
					+ "\\b", Pattern.DOTALL)
			.matcher(code);
		if (!declaration.find()) {
			return Map.of();
		}
		String comment = declaration.group(1).replaceAll("(?m)^\\s*\\*\\s?", "");
		Map<String, String> found = new HashMap<>();
		Matcher param = PARAM.matcher(comment);
		while (param.find()) {
			found.put(param.group(1), markdown(param.group(2)));
		}
		return found;
	}

	private @Nullable Path sourceOf(Class<?> top) {
		String relative = "src/main/java/" + top.getName().replace('.', '/') + ".java";
		try (Stream<Path> modules = Files.list(projectRoot)) {
			return modules.map(module -> module.resolve(relative)).filter(Files::isRegularFile).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
