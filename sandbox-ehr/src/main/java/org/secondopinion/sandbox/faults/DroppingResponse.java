package org.secondopinion.sandbox.faults;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A response that breaks off like a dropped connection: it promises a body longer than it sends
 * ({@code Content-Length} of twice the cut-off), passes the first bytes of the body through, swallows the rest and
 * closes the connection ({@code Connection: close}). The client reads a truncated body and then end of stream. The
 * body is never buffered, so large responses stream as they would.
 */
final class DroppingResponse extends HttpServletResponseWrapper {

	private static final String CONTENT_LENGTH = "Content-Length";

	private final CuttingStream stream;

	private @Nullable PrintWriter writer;

	DroppingResponse(HttpServletResponse response, int afterBytes) {
		super(response);
		response.setHeader("Connection", "close");
		response.setContentLengthLong(Math.max(1, 2L * afterBytes));
		this.stream = new CuttingStream(response, afterBytes);
	}

	@Override
	public ServletOutputStream getOutputStream() {
		return stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (writer == null) {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			writer = new PrintWriter(new OutputStreamWriter(stream, charset));
		}
		return writer;
	}

	@Override
	public void setContentLength(int length) {
		// The promised length stays.
	}

	@Override
	public void setContentLengthLong(long length) {
		// The promised length stays.
	}

	@Override
	public void setHeader(String name, String value) {
		if (!CONTENT_LENGTH.equalsIgnoreCase(name)) {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (!CONTENT_LENGTH.equalsIgnoreCase(name)) {
			super.addHeader(name, value);
		}
	}

	@Override
	public void flushBuffer() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		stream.flush();
	}

	/** Sends what was let through; the container then closes the connection. */
	void finish() throws IOException {
		flushBuffer();
	}

	/** Passes the first bytes through to the real response and swallows the rest. */
	private static final class CuttingStream extends ServletOutputStream {

		private final HttpServletResponse response;

		private long remaining;

		CuttingStream(HttpServletResponse response, int afterBytes) {
			this.response = response;
			this.remaining = afterBytes;
		}

		@Override
		public void write(int value) throws IOException {
			if (remaining > 0) {
				response.getOutputStream().write(value);
				remaining--;
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			int passed = (int) Math.min(length, remaining);
			if (passed > 0) {
				response.getOutputStream().write(bytes, offset, passed);
				remaining -= passed;
			}
		}

		@Override
		public void flush() throws IOException {
			response.getOutputStream().flush();
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("Dropped responses are written blocking");
		}

	}

}
