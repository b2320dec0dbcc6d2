package org.secondopinion.assessment.picture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct coded concept (codings and text). A record repeats the same few dozen concepts
 * hundreds of times (every blood pressure, every panel component), and the rules read each result's concept: shared
 * instances take less memory and stay in the processor's cache. Only coded concepts whose text is absent or repeats
 * one of their codings' displays are shared (terminology names, not narrative); the table stops growing at
 * {@value #CAPACITY} concepts.
 */
final class ConceptTable {

	static final int CAPACITY = 100_000;

	private static final Map<Concept, Concept> SHARED = new ConcurrentHashMap<>();

	private ConceptTable() {
	}

	/** The shared instance equal to {@code concept}, or the concept itself when it is not shared. */
	static Concept shared(Concept concept) {
		if (concept.codings().isEmpty() || !textIsDisplay(concept)) {
			return concept;
		}
		Concept known = SHARED.get(concept);
		if (known != null) {
			return known;
		}
		if (SHARED.size() >= CAPACITY) {
			return concept;
		}
		Concept raced = SHARED.putIfAbsent(concept, concept);
		return raced != null ? raced : concept;
	}

	private static boolean textIsDisplay(Concept concept) {
		String text = concept.text();
		if (text == null) {
			return true;
		}
		for (CodedConcept coding : concept.codings()) {
			if (text.equals(coding.display())) {
				return true;
			}
		}
		return false;
	}

}
