package org.secondopinion.notification.cases;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refuses query parameters an endpoint does not know (400), so that a misspelt filter or sort (e.g.
 * {@code ?staus=new}) is reported instead of silently returning the unfiltered list.
 */
public final class QueryParameters {

	private QueryParameters() {
	}

	public static void requireOnly(HttpServletRequest request, Set<String> known) {
		Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown query parameter"
					+ (unknown.size() == 1 ? " " : "s ") + unknown + "; this endpoint takes " + new TreeSet<>(known));
		}
	}

}
