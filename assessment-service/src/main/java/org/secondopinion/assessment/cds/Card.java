package org.secondopinion.assessment.cds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A CDS Hooks 2.0 card.
 * @param summary at most 140 characters
 * @param detail GitHub-flavoured markdown
 * @param indicator {@code info}, {@code warning} or {@code critical}
 * @param selectionBehavior {@code at-most-one} when there are suggestions
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Card(String uuid, String summary, String detail, String indicator, Source source,
		List<Suggestion> suggestions, @Nullable String selectionBehavior, List<Coding> overrideReasons,
		List<Link> links) {

	static final int MAX_SUMMARY = 140;

	Card {
		if (summary.length() > MAX_SUMMARY) {
			throw new IllegalArgumentException("A card summary has at most " + MAX_SUMMARY + " characters");
		}
		suggestions = List.copyOf(suggestions);
		overrideReasons = List.copyOf(overrideReasons);
		links = List.copyOf(links);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Source(String label, @Nullable String url, @Nullable Coding topic) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Coding(String system, String code, @Nullable String display) {
	}

	/** @param type {@code absolute} or {@code smart} */
	record Link(String label, String url, String type) {
	}

	record Suggestion(String label, String uuid, boolean isRecommended, List<Action> actions) {
	}

	/** @param type {@code create}, {@code update} or {@code delete} */
	record Action(String type, String description, JsonNode resource) {
	}

	/** The service's answer: the cards, none when nothing is met. */
	record Response(List<Card> cards) {
	}

}
