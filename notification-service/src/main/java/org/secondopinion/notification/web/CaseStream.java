package org.secondopinion.notification.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.notification.cases.CaseQueries;
import org.secondopinion.notification.cases.CaseScope;
import org.secondopinion.security.CurrentUser;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes case changes to the open worklists. It follows the cases table rather than in-memory events, so that a
 * subscriber connected to one instance also hears of cases that another instance opened; each subscriber hears only
 * of the cases in its scope.
 */
@Component
class CaseStream implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CaseStream.class);

	/** Changes are re-read this far back, so that a transaction that committed late is not missed. */
	private static final Duration OVERLAP = Duration.ofSeconds(10);

	private final CaseQueries cases;

	private final Clock clock;

	private final StreamSettings settings;

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	/** Case id to the last change sent, so that the overlap sends nothing twice. */
	private final Map<String, Instant> sent = new ConcurrentHashMap<>();

	private volatile Instant since;

	private volatile long lastHeartbeat;

	private volatile boolean running;

	private ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

	CaseStream(CaseQueries cases, Clock clock, StreamSettings settings) {
		this.cases = cases;
		this.clock = clock;
		this.settings = settings;
		this.since = clock.instant();
	}

	/**
	 * @param session the web UI's session the stream was opened in, so that signing out ends it; none for an API
	 * client with a bearer token
	 */
	SseEmitter subscribe(CurrentUser user, @Nullable String session) {
		SseEmitter emitter = new SseEmitter(settings.connectionTimeout().toMillis());
		Subscriber subscriber = new Subscriber(emitter, CaseScope.of(user), session);
		subscribers.add(subscriber);
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> subscribers.remove(subscriber));
		emitter.onError(error -> subscribers.remove(subscriber));
		try {
			emitter.send(SseEmitter.event().comment("connected").reconnectTime(settings.pollInterval().toMillis() * 3));
		}
		catch (IOException ex) {
			subscribers.remove(subscriber);
		}
		return emitter;
	}

	/** Ends the streams opened in a session that is signing out: a page left open hears of no more cases. */
	void endSession(String session) {
		for (Subscriber subscriber : subscribers) {
			if (session.equals(subscriber.session())) {
				subscribers.remove(subscriber);
				subscriber.emitter().complete();
			}
		}
	}

	int subscribers() {
		return subscribers.size();
	}

	void poll() {
		try {
			Instant now = clock.instant();
			if (subscribers.isEmpty()) {
				// nobody to tell: a worklist that connects later reads the cases as they are then
				sent.clear();
				since = now;
				return;
			}
			List<CaseChange> changes = cases.updatedAfter(since.minus(OVERLAP)).stream().map(CaseChange::of).toList();
			for (CaseChange change : changes) {
				if (!change.updatedAt().equals(sent.put(change.id(), change.updatedAt()))) {
					broadcast(change);
				}
			}
			sent.values().removeIf(at -> at.isBefore(now.minus(OVERLAP.multipliedBy(3))));
			since = now;
			if (System.nanoTime() - lastHeartbeat > settings.heartbeat().toNanos()) {
				lastHeartbeat = System.nanoTime();
				heartbeat();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not read case changes for the live worklist: {}", ex.getMessage());
		}
	}

	private void broadcast(CaseChange change) {
		for (Subscriber subscriber : subscribers) {
			if (subscriber.scope().includes(change.facility())) {
				send(subscriber, SseEmitter.event().name("case").id(change.id() + "@" + change.updatedAt())
					.data(change, MediaType.APPLICATION_JSON));
			}
		}
	}

	private void heartbeat() {
		for (Subscriber subscriber : subscribers) {
			send(subscriber, SseEmitter.event().comment("heartbeat"));
		}
	}

	private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
		try {
			subscriber.emitter().send(event);
		}
		catch (IOException | IllegalStateException gone) {
			subscribers.remove(subscriber);
		}
	}

	@Override
	public void start() {
		if (poller.isShutdown()) {
			poller = Executors.newSingleThreadScheduledExecutor();
		}
		long interval = settings.pollInterval().toMillis();
		poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		poller.shutdownNow();
		for (Subscriber subscriber : Set.copyOf(subscribers)) {
			subscriber.emitter().complete();
		}
		subscribers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private record Subscriber(SseEmitter emitter, CaseScope scope, @Nullable String session) {
	}

}
