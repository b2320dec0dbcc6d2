package org.secondopinion.assessment.criteria;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;

/**
 * The {@code compose.include.filter} forms a value set may use, each as FHIR R4 defines it:
 * <ul>
 * <li>{@code concept is-a CODE} / {@code descendent-of} on ICD-10, ICD-10-CM and ICD-10-PCS, whose hierarchy is
 * spelled in the code: a prefix ({@link CodePrefix});</li>
 * <li>{@code code regex PATTERN} on any system: the whole code matches the Java regular expression, the way CPT and
 * HCPCS families (numeric ranges of a section) are written. A filter may carry the documentation extension
 * {@value #CODE_RANGE} ({@code "22532-22819"}): the loader then checks that the pattern matches every code of the
 * range and neither neighbour, so a mistyped pattern fails at start-up;</li>
 * <li>{@code concept is-a CODE} / {@code descendent-of} on any other system (SNOMED CT): a hierarchy only a
 * terminology server can expand, read from the value set's {@code expansion} ({@link Expansion}).</li>
 * </ul>
 */
final class CodeFilter {

	static final String CODE_RANGE = "https://secondopinion.org/fhir/StructureDefinition/code-range";

	private static final Set<String> HIERARCHY_OPS = Set.of("is-a", "descendent-of", "descendant-of");

	/** A regular expression on the code, for one system. */
	record CodePattern(String system, Pattern pattern) {

		boolean matches(String code) {
			return pattern.matcher(code).matches();
		}

	}

	/** A hierarchy to be expanded by a terminology server: the root and whether it is a member itself. */
	record Hierarchy(String system, String code, boolean includesRoot, ValueSet.ConceptSetFilterComponent filter) {
	}

	private CodeFilter() {
	}

	static boolean isPrefix(String system, ValueSet.ConceptSetFilterComponent filter) {
		return CodePrefix.PREFIX_SYSTEMS.contains(system) && "concept".equals(filter.getProperty())
				&& HIERARCHY_OPS.contains(op(filter));
	}

	static boolean isHierarchy(String system, ValueSet.ConceptSetFilterComponent filter) {
		return !CodePrefix.PREFIX_SYSTEMS.contains(system) && "concept".equals(filter.getProperty())
				&& HIERARCHY_OPS.contains(op(filter));
	}

	static boolean isPattern(ValueSet.ConceptSetFilterComponent filter) {
		return "regex".equals(op(filter)) && ("code".equals(filter.getProperty()) || "concept".equals(filter.getProperty()));
	}

	static Hierarchy hierarchy(String system, ValueSet.ConceptSetFilterComponent filter) {
		return new Hierarchy(system, filter.getValue().trim(), "is-a".equals(op(filter)), filter);
	}

	static CodePattern pattern(String system, ValueSet.ConceptSetFilterComponent filter, String file) {
		Pattern pattern;
		try {
			pattern = Pattern.compile(filter.getValue());
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException("Value set " + file + ": the regex filter " + filter.getValue() + " on "
					+ system + " is not a regular expression: " + ex.getDescription(), ex);
		}
		CodePattern codePattern = new CodePattern(system, pattern);
		String range = range(filter);
		if (range != null) {
			checkRange(codePattern, range, file);
		}
		return codePattern;
	}

	static @Nullable String range(ValueSet.ConceptSetFilterComponent filter) {
		var extension = filter.getExtensionByUrl(CODE_RANGE);
		return extension != null && extension.getValue() instanceof StringType s ? s.getValue() : null;
	}

	static String op(ValueSet.ConceptSetFilterComponent filter) {
		String op = filter.getOpElement().getValueAsString();
		return op == null ? "" : op;
	}

	/**
	 * A range {@code FIRST-LAST} of codes of one shape: an optional letter prefix and a number of fixed width
	 * ({@code 22532-22819}, {@code J9000-J9999}). Every code in it must match, and the codes just outside must not.
	 */
	private static void checkRange(CodePattern pattern, String range, String file) {
		String[] ends = range.split("-");
		if (ends.length != 2) {
			throw new IllegalStateException("Value set " + file + ": code range " + range + " must read FIRST-LAST");
		}
		String first = ends[0].trim();
		String last = ends[1].trim();
		int digits = first.length() - letters(first);
		String letters = first.substring(0, letters(first));
		if (!last.startsWith(letters) || last.length() != first.length() || digits == 0) {
			throw new IllegalStateException("Value set " + file + ": code range " + range
					+ " must have ends of the same shape (letters, then digits)");
		}
		int from = Integer.parseInt(first.substring(letters.length()));
		int to = Integer.parseInt(last.substring(letters.length()));
		String format = letters + "%0" + digits + "d";
		for (int n = from; n <= to; n++) {
			String code = String.format(format, n);
			if (!pattern.matches(code)) {
				throw new IllegalStateException("Value set " + file + ": the regex " + pattern.pattern().pattern()
						+ " documented as " + range + " does not match " + code);
			}
		}
		for (int n : new int[] { from - 1, to + 1 }) {
			String code = String.format(format, n);
			if (n >= 0 && code.length() == first.length() && pattern.matches(code)) {
				throw new IllegalStateException("Value set " + file + ": the regex " + pattern.pattern().pattern()
						+ " documented as " + range + " also matches " + code + ", outside the range");
			}
		}
	}

	private static int letters(String code) {
		int i = 0;
		while (i < code.length() && Character.isLetter(code.charAt(i))) {
			i++;
		}
		return i;
	}

}
