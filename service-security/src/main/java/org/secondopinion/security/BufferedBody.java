package org.secondopinion.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * A request whose body {@link RequestSizeLimit} has already read (it was of unknown length and within the limit):
 * the body is served from memory, through the stream, the reader and, for a form
 * ({@code application/x-www-form-urlencoded}), the parameters, which the container can no longer parse itself.
 */
final class BufferedBody extends HttpServletRequestWrapper {

	private final byte[] body;

	private @Nullable Map<String, String[]> parameters;

	BufferedBody(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The body was read already; read it blocking");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = getParameterMap().get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		return getParameterMap().get(name);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(getParameterMap().keySet());
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		if (parameters == null) {
			parameters = withFormParameters(super.getParameterMap());
		}
		return parameters;
	}

	/** The query's parameters (the container still parses those), then the form body's. */
	private Map<String, String[]> withFormParameters(Map<String, String[]> query) {
		if (!isForm()) {
			return query;
		}
		Map<String, List<String>> all = new LinkedHashMap<>();
		query.forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values)));
		Charset charset = charset();
		for (String pair : new String(body, charset).split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
			all.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
		Map<String, String[]> result = new LinkedHashMap<>();
		all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
		return Collections.unmodifiableMap(result);
	}

	private boolean isForm() {
		String contentType = getContentType();
		try {
			return contentType != null
					&& MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private Charset charset() {
		String encoding = getCharacterEncoding();
		try {
			return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
	}

}
