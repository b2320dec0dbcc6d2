package org.secondopinion.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitTests {

	private static final int LIMIT = 1024;

	private final RequestSizeLimit filter = new RequestSizeLimit(LIMIT);

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutReadingTheBody() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/things");
		request.setContent(new byte[LIMIT + 1]);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(chain.getRequest()).as("nothing downstream saw the request").isNull();
	}

	@Test
	void refusesAChunkedBodyOverTheLimitAfterReadingOnlyOneBytePastIt() throws Exception {
		CountingRequest request = chunked("application/json", new byte[10 * LIMIT]);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"status\":413").contains("limit of 1024 bytes");
		assertThat(chain.getRequest()).isNull();
		assertThat(request.remaining()).as("the rest of the body was left unread").isEqualTo(10 * LIMIT - (LIMIT + 1));
	}

	@Test
	void handsOnAChunkedBodyWithinTheLimitThroughStreamAndReader() throws Exception {
		byte[] json = "{\"résumé\":true}".getBytes(StandardCharsets.UTF_8);
		AtomicReference<String> streamed = new AtomicReference<>();
		AtomicReference<String> read = new AtomicReference<>();
		AtomicReference<Long> length = new AtomicReference<>();

		filter.doFilter(chunked("application/json;charset=UTF-8", json), new MockHttpServletResponse(), (req, res) -> {
			HttpServletRequest http = (HttpServletRequest) req;
			length.set(http.getContentLengthLong());
			streamed.set(new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			read.set(http.getReader().readLine());
		});

		assertThat(streamed.get()).isEqualTo("{\"résumé\":true}");
		assertThat(read.get()).isEqualTo("{\"résumé\":true}");
		assertThat(length.get()).isEqualTo(json.length);
	}

	@Test
	void keepsTheParametersOfAChunkedFormWithinTheLimit() throws Exception {
		CountingRequest request = chunked("application/x-www-form-urlencoded",
				"_csrf=abc%3D&text=two+words&text=%C3%A9".getBytes(StandardCharsets.UTF_8));
		request.setQueryString("page=2");
		request.addParameter("page", "2");
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

		assertThat(seen.get().getParameter("_csrf")).isEqualTo("abc=");
		assertThat(seen.get().getParameterValues("text")).containsExactly("two words", "é");
		assertThat(seen.get().getParameter("page")).isEqualTo("2");
	}

	@Test
	void leavesRequestsOfKnownLengthWithinTheLimitAlone() throws IOException, ServletException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/things");
		request.setContent(new byte[LIMIT]);
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	private static CountingRequest chunked(String contentType, byte[] body) {
		CountingRequest request = new CountingRequest(body);
		request.setContentType(contentType);
		request.addHeader("Transfer-Encoding", "chunked");
		return request;
	}

	/** A body of unknown length, as Tomcat presents a chunked one, that tells how much of it was left unread. */
	private static final class CountingRequest extends MockHttpServletRequest {

		private jakarta.servlet.@org.jspecify.annotations.Nullable ServletInputStream stream;

		CountingRequest(byte[] body) {
			super("POST", "/api/v1/things");
			setContent(body);
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public jakarta.servlet.ServletInputStream getInputStream() {
			if (stream == null) {
				stream = super.getInputStream();
			}
			return stream;
		}

		int remaining() throws IOException {
			return getInputStream().readAllBytes().length;
		}

	}

}
