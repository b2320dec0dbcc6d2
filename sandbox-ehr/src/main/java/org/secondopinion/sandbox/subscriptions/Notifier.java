package org.secondopinion.sandbox.subscriptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * POSTs notifications to rest-hook endpoints on a small pool of threads, retrying a failed POST (an error status, a
 * timeout, a refused connection) with a doubling backoff until the attempts are spent. Notifications of one
 * subscription may arrive out of order when some are retried; their event numbers tell the order.
 */
@Component
class Notifier implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final SubscriptionSettings settings;

	private final HttpClient http;

	private final ScheduledExecutorService executor;

	Notifier(SubscriptionSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
		this.executor = Executors.newScheduledThreadPool(settings.threads(),
				Thread.ofPlatform().name("subscription-notifier-", 1).daemon().factory());
	}

	/** Delivers a notification in the background. */
	void send(Delivery delivery) {
		executor.execute(() -> attempt(delivery, 1));
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private void attempt(Delivery delivery, int attempt) {
		String failure;
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(delivery.endpoint())
				.timeout(settings.timeout())
				.header("Content-Type", "application/fhir+json")
				.POST(BodyPublishers.ofString(delivery.body()));
			for (String header : delivery.headers()) {
				int colon = header.indexOf(':');
				if (colon > 0) {
					request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
				}
			}
			int status = http.send(request.build(), BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				return;
			}
			failure = "HTTP " + status;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (Exception ex) {
			failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		if (attempt >= settings.attempts()) {
			log.warn("Gave up notifying {} of event {} of Subscription/{} after {} attempts (last: {})",
					delivery.endpoint(), delivery.eventNumber(), delivery.subscriptionId(), attempt, failure);
			return;
		}
		Duration backoff = settings.initialBackoff().multipliedBy(1L << (attempt - 1));
		log.info("Notifying {} of event {} of Subscription/{} failed ({}); attempt {} in {} ms", delivery.endpoint(),
				delivery.eventNumber(), delivery.subscriptionId(), failure, attempt + 1, backoff.toMillis());
		executor.schedule(() -> attempt(delivery, attempt + 1), backoff.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** One notification to deliver. */
	record Delivery(String subscriptionId, long eventNumber, URI endpoint, List<String> headers, String body) {
	}

}
