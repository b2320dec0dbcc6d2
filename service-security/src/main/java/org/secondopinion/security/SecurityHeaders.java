package org.secondopinion.security;

import java.io.IOException;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers every answer carries, whoever writes it: the filter chains of Spring Security set their own
 * (the coordinator UI its wider CSP); this filter, first of all, fills in whatever is still missing when the response
 * is committed, for the answers no chain wrote headers on (a body refused as too large, a request the firewall
 * rejected, the error dispatch). Requests the container refuses before any filter runs (an invalid URL such as
 * {@code /%}) get the same from {@link ContainerErrorHeaders}.
 */
final class SecurityHeaders extends OncePerRequestFilter {

	/** What an answer carries unless the code that wrote it chose otherwise. */
	static final Map<String, String> BASELINE = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
			"Referrer-Policy", "no-referrer", "Cache-Control", "no-store");

	static void fillIn(Predicate<String> present, BiConsumer<String, String> set) {
		BASELINE.forEach((name, value) -> {
			if (!present.test(name)) {
				set.accept(name, value);
			}
		});
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		FillingIn wrapped = new FillingIn(response);
		try {
			chain.doFilter(request, wrapped);
		}
		finally {
			// an answer without a body commits after the filters returned, not through the wrapper
			if (!response.isCommitted()) {
				wrapped.fillIn();
			}
		}
	}

	/** The error dispatch (Spring Boot's {@code /error}) writes a new answer: it gets the headers too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static DispatcherType[] dispatcherTypes() {
		return new DispatcherType[] { DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC };
	}

	private static final class FillingIn extends OnCommittedResponseWrapper {

		FillingIn(HttpServletResponse response) {
			super(response);
		}

		@Override
		protected void onResponseCommitted() {
			fillIn();
			disableOnResponseCommitted();
		}

		void fillIn() {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			SecurityHeaders.fillIn(response::containsHeader, response::setHeader);
		}

	}

}
