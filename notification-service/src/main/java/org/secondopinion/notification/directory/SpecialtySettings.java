package org.secondopinion.notification.directory;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which specialty a case needs, from words in its evidence: specialty (as the directory's specialty text or display
 * contains it) to the words that point to it ({@code second-opinion.notification.directory.specialties}).
 * @param specialties specialty → the words in a case's evidence that point to it
 * @param maxSuggestions the most specialists suggested for one case; 5 when unset
 */
@ConfigurationProperties("second-opinion.notification.directory")
record SpecialtySettings(Map<String, List<String>> specialties, int maxSuggestions) {

	SpecialtySettings {
		specialties = specialties == null ? Map.of() : Map.copyOf(specialties);
		maxSuggestions = maxSuggestions <= 0 ? 5 : maxSuggestions;
	}

}
