package org.secondopinion.notification.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Chat-tool webhooks: the JSON body is POSTed with {@value #SIGNATURE_HEADER}{@code : sha256=<hex>}, an HMAC-SHA256
 * of the exact body bytes under the configured secret, so the receiver can check it came from us unaltered.
 */
@Component
class WebhookChannel implements Channel {

	/** The header carrying the body's signature. */
	static final String SIGNATURE_HEADER = "X-Second-Opinion-Signature";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final DeliverySettings settings;

	WebhookChannel(DeliverySettings settings) {
		this.settings = settings;
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public void send(Delivery delivery) throws Exception {
		String secret = settings.webhookSecret();
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException("no webhook secret is configured (second-opinion.notification.delivery.webhook-secret)");
		}
		byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.target()))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header(SIGNATURE_HEADER, "sha256=" + sign(secret, body))
			.header("X-Second-Opinion-Delivery", delivery.id().toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("webhook answered HTTP " + response.statusCode());
		}
	}

	static String sign(String secret, byte[] body) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
