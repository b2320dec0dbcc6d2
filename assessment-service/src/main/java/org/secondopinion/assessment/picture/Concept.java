package org.secondopinion.assessment.picture;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A coded clinical concept as the EHR sent it: its codings, compared by (system, code), and its free text, which
 * rules read only where their definition says phrases count.
 */
public record Concept(List<CodedConcept> codings, @Nullable String text) {

	private static final Concept NONE = new Concept(List.of(), null);

	public Concept {
		codings = List.copyOf(codings);
	}

	public static Concept none() {
		return NONE;
	}

	public static Concept of(CodedConcept... codings) {
		return new Concept(List.of(codings), null);
	}

	public boolean isEmpty() {
		return codings.isEmpty() && (text == null || text.isBlank());
	}

	/** Whether any coding has the same (system, code) as any of the other's. */
	public boolean sharesCodeWith(Concept other) {
		for (CodedConcept mine : codings) {
			for (CodedConcept theirs : other.codings) {
				if (mine.sameCodeAs(theirs)) {
					return true;
				}
			}
		}
		return false;
	}

	public Optional<CodedConcept> coding(String system) {
		return codings.stream().filter(c -> c.system().equals(system)).findFirst();
	}

	/**
	 * What to show people: the first coding's display that names something (has a letter: an exporter that puts the
	 * code in the display, "1819", names nothing), else the text, else the first code.
	 */
	public String display() {
		return codings.stream()
			.map(CodedConcept::display)
			.filter(Concept::names)
			.findFirst()
			.orElseGet(() -> text != null && !text.isBlank() ? text
					: codings.isEmpty() ? "unnamed concept" : codings.get(0).code());
	}

	private static boolean names(@Nullable String display) {
		return display != null && display.codePoints().anyMatch(Character::isLetter);
	}

	/** The text and every coding's display, for rules that match configured phrases. */
	public List<String> words() {
		// a loop, not a stream: rules read the words of every result's code
		java.util.ArrayList<String> words = new java.util.ArrayList<>(codings.size() + 1);
		if (text != null) {
			words.add(text);
		}
		for (int i = 0; i < codings.size(); i++) {
			String display = codings.get(i).display();
			if (display != null) {
				words.add(display);
			}
		}
		return words;
	}

}
