package org.secondopinion.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.web.util.HtmlUtils;

/**
 * The stack's own SMTP server (GreenMail, in this JVM, on the loopback interface): the notification service sends
 * its alerts here, and {@code /mail} on the stack's tools server shows every message received, newest first, so
 * that an urgent case's e-mail can be read. It can be stopped and started again on the same port, to see what
 * happens to alerts while the mail server is away.
 */
final class LocalMail implements AutoCloseable {

	private final int port;

	private final List<MimeMessage> earlier = new ArrayList<>();

	private GreenMail smtp;

	private LocalMail(int port) {
		this.port = port;
		this.smtp = open(port);
	}

	/** Starts the SMTP server on {@code port}, or on a free one when it is 0. */
	static LocalMail start(int port) {
		return new LocalMail(port == 0 ? freePort() : port);
	}

	int port() {
		return port;
	}

	/**
	 * The notification service's command line for this server; failed alerts are tried again within half a minute,
	 * so that an alert queued while the server was stopped arrives soon after it is started again.
	 */
	List<String> notificationArguments() {
		return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
				"--second-opinion.notification.delivery.initial-backoff=2s",
				"--second-opinion.notification.delivery.max-backoff=30s");
	}

	/** Serves the received messages at {@code /mail} (HTML) and {@code /mail.txt} (plain text). */
	void serveOn(HttpServer tools) {
		tools.createContext("/mail", exchange -> {
			boolean text = exchange.getRequestURI().getPath().endsWith(".txt");
			byte[] body = (text ? asText() : asHtml()).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", (text ? "text/plain" : "text/html") + ";charset=UTF-8");
			exchange.getResponseHeaders().add("Cache-Control", "no-store");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
	}

	/** Every message received since the stack started, oldest first. */
	synchronized List<MimeMessage> received() {
		List<MimeMessage> all = new ArrayList<>(earlier);
		if (smtp.isRunning()) {
			all.addAll(Arrays.asList(smtp.getReceivedMessages()));
		}
		return all;
	}

	/** Stops the SMTP server, as when the site's mail server is down; what it received stays readable. */
	synchronized void stopSmtp() {
		earlier.addAll(Arrays.asList(smtp.getReceivedMessages()));
		smtp.stop();
	}

	/** Starts the SMTP server again on the same port. */
	synchronized void startSmtp() {
		if (!smtp.isRunning()) {
			smtp = open(port);
		}
	}

	synchronized boolean running() {
		return smtp.isRunning();
	}

	String describe() {
		return "smtp://127.0.0.1:" + port + (running() ? "" : " (stopped)");
	}

	@Override
	public synchronized void close() {
		smtp.stop();
	}

	private String asText() {
		StringBuilder out = new StringBuilder();
		List<MimeMessage> messages = received();
		for (int i = messages.size() - 1; i >= 0; i--) {
			MimeMessage message = messages.get(i);
			out.append("To: ").append(recipients(message)).append('\n')
				.append("Subject: ").append(subject(message)).append("\n\n")
				.append(GreenMailUtil.getBody(message).strip()).append("\n\n----\n\n");
		}
		return out.isEmpty() ? "No e-mail yet.\n" : out.toString();
	}

	private String asHtml() {
		List<MimeMessage> messages = received();
		StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Local mail · Second Opinion</title></head><body><main><h1>E-mail received by the local stack</h1>"
				+ "<p>" + messages.size() + " message(s), newest first. SMTP server " + HtmlUtils.htmlEscape(describe())
				+ ". Reload to see new ones; <a href=\"/mail.txt\">as text</a>.</p>");
		for (int i = messages.size() - 1; i >= 0; i--) {
			MimeMessage message = messages.get(i);
			out.append("<article><h2>").append(HtmlUtils.htmlEscape(subject(message))).append("</h2><p>To: ")
				.append(HtmlUtils.htmlEscape(recipients(message))).append("</p><pre>")
				.append(HtmlUtils.htmlEscape(GreenMailUtil.getBody(message).strip())).append("</pre></article>");
		}
		return out.append("</main></body></html>").toString();
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			return "(unreadable subject)";
		}
	}

	private static String recipients(MimeMessage message) {
		try {
			return String.join(", ", Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
		}
		catch (MessagingException | NullPointerException ex) {
			return "(no recipients)";
		}
	}

	private static GreenMail open(int port) {
		GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the local SMTP server", ex);
		}
	}

}
