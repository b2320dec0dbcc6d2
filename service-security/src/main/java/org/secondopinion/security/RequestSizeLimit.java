package org.secondopinion.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 and a problem detail, counting the bytes actually sent: a body that
 * declares its length ({@code Content-Length}) is refused before anything reads it (the container never reads past
 * the declared length); a body of unknown length ({@code Transfer-Encoding: chunked}, HTTP/2 without a length) is
 * read here up to one byte past the limit, refused if that byte arrives, and otherwise handed on from memory
 * ({@link BufferedBody}), so that nothing downstream reads or parses more than the limit.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

	private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final long maxBytes;

	RequestSizeLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(request, response);
			return;
		}
		if (declared < 0 && mayHaveBody(request)) {
			byte[] body = request.getInputStream().readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
			if (body.length > maxBytes) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new BufferedBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mayHaveBody(HttpServletRequest request) {
		return request.getHeader("Transfer-Encoding") != null || !WITHOUT_BODY.contains(request.getMethod());
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + maxBytes + " bytes.");
	}

}
