package org.secondopinion.assessment.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.RecordedCondition;

/** How DIAGNOSIS_SYMPTOM_MISMATCH names diagnoses and findings in its reasons, and the problems it cites. */
final class MismatchWording {

	/** Residual qualifiers that add nothing to a reason: "Vomiting, unspecified". */
	private static final Pattern QUALIFIERS = Pattern.compile(
			", unspecified (cause|site|type|organism|side|laterality)\\b|,? (unspecified|not elsewhere classified|not intractable)\\b|^unspecified |\\s*\\((finding|disorder)\\)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private MismatchWording() {
	}

	/**
	 * The name of a red-flag finding: for one in words alone whose first phrase is not the finding ("Sinus rhythm 88.
	 * 1 mm ST depression…", "Leg pain, limping"), the finding its words name; else its {@link #plain} name.
	 */
	static String findingName(Concept finding, AlarmFindings... readers) {
		if (finding.text() == null
				|| (!finding.codings().isEmpty() && java.util.Arrays.stream(readers).noneMatch(r -> r.fromWords(finding)))) {
			return plain(finding);
		}
		Concept first = new Concept(List.of(), name(new Concept(List.of(), finding.text())));
		for (AlarmFindings reader : readers) {
			if (reader.phrase(first).isPresent()) {
				return Wording.lower(first.text());
			}
		}
		for (AlarmFindings reader : readers) {
			Optional<String> named = reader.phrase(finding);
			if (named.isPresent()) {
				return Wording.lower(named.get());
			}
		}
		return plain(finding);
	}

	/** The coded display, else the first phrase of the free text. */
	static String name(Concept concept) {
		if (!concept.codings().isEmpty() || concept.text() == null) {
			return concept.display();
		}
		String text = concept.text().split("[,;.:(]")[0].trim();
		return text.length() <= 60 ? text : text.substring(0, 59).trim() + "…";
	}

	/**
	 * A plain name for a reason sentence: the SNOMED CT display if there is one (it names the thing, where ICD-10-CM
	 * adds laterality and residual qualifiers), without "unspecified" or a semantic tag, in lower case.
	 */
	static String plain(Concept concept) {
		String name = concept.coding("http://snomed.info/sct")
			.map(CodedConcept::display)
			.filter(d -> d != null && !d.isBlank())
			.orElseGet(() -> name(concept));
		name = QUALIFIERS.matcher(name).replaceAll("").trim();
		return Wording.lower(name.isEmpty() ? name(concept) : name);
	}

	static List<String> problems(RecordedCondition diagnosis) {
		List<String> problems = new ArrayList<>();
		problems.add(diagnosis.plainReference());
		diagnosis.code().codings().forEach(c -> problems.add(c.system() + "|" + c.code()));
		return problems;
	}

}
