package org.secondopinion.sandbox.server;

import java.util.List;
import java.util.Map;

import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.util.UrlUtil;
import org.jspecify.annotations.Nullable;

/**
 * The search of a conditional create ({@code If-None-Exist: identifier=system|value}), as FHIR servers commonly
 * support it for write-back: by identifier only.
 */
final class ConditionalCreate {

	private static final String IDENTIFIER = "identifier";

	private ConditionalCreate() {
	}

	/** The identifier token of the condition, e.g. {@code urn:system|value}. */
	static String identifier(String conditionalUrl) {
		int query = conditionalUrl.indexOf('?');
		Map<String, String[]> parameters = UrlUtil
			.parseQueryString(query < 0 ? conditionalUrl : conditionalUrl.substring(query + 1));
		String[] values = parameters.get(IDENTIFIER);
		if (parameters.size() != 1 || values == null || values.length != 1 || values[0].contains(",")) {
			throw new InvalidRequestException("Conditional create supports If-None-Exist: identifier=system|value "
					+ "only, not: " + conditionalUrl);
		}
		return values[0];
	}

	/** An identifier search parameter as the store's identifier token. */
	static @Nullable String token(@Nullable TokenParam identifier) {
		if (identifier == null) {
			return null;
		}
		if (identifier.getModifier() != null) {
			throw new InvalidRequestException("Identifier modifiers are not supported: " + identifier.getModifier());
		}
		String system = identifier.getSystem();
		return system == null ? identifier.getValue() : String.join("|", List.of(system, identifier.getValue()));
	}

}
