package org.secondopinion.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses request bodies over the limit before anything reads them: 413 with a problem detail. */
final class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			ProblemResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than the limit of " + maxBytes + " bytes.");
			return;
		}
		chain.doFilter(request, response);
	}

}
