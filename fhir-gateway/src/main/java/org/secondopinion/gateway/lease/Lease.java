package org.secondopinion.gateway.lease;

import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease this instance holds. It is renewed in the background; {@link #held()} turns false once the last
 * successful renewal is older than the time-to-live, measured from before the renewal was sent, so the holder
 * stops believing in it before the database lets another instance take it. Work checks it between pages and
 * batches; {@link #close()} hands the lease back at once.
 */
public final class Lease implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Lease.class);

	private final String name;

	private final Leases leases;

	private SimpleLock lock;

	private volatile long validUntilNanos;

	private volatile boolean lost;

	private volatile boolean yielding;

	private boolean closed;

	Lease(String name, SimpleLock lock, long validUntilNanos, Leases leases) {
		this.name = name;
		this.lock = lock;
		this.validUntilNanos = validUntilNanos;
		this.leases = leases;
	}

	public String name() {
		return name;
	}

	/** Whether this instance may still act on the lease. */
	public boolean held() {
		return !yielding && valid();
	}

	private boolean valid() {
		return !lost && System.nanoTime() - validUntilNanos < 0;
	}

	/** Throws {@link LeaseLostException} when the lease is no longer {@link #held()}. */
	public void check() {
		if (!held()) {
			throw new LeaseLostException(name);
		}
	}

	synchronized void renew(Duration timeToLive) {
		if (closed || lost) {
			return;
		}
		long sent = System.nanoTime();
		try {
			Optional<SimpleLock> extended = lock.extend(timeToLive, Duration.ZERO);
			if (extended.isPresent()) {
				lock = extended.get();
				validUntilNanos = sent + timeToLive.toNanos();
			}
			else {
				lost = true;
				log.warn("Lease {} lapsed before it could be renewed; its work stops here", name);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew lease {} ({}); trying again until it lapses", name, ex.getMessage());
		}
	}

	/** Asks the work to stop at its next check; the lease is handed back when the work closes it. */
	void yieldToShutdown() {
		yielding = true;
	}

	/** Stops acting on the lease without handing it back, as a killed process would. */
	synchronized void abandon() {
		lost = true;
		closed = true;
	}

	/** Hands the lease back if it is still held; another instance may take it at once. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		boolean release = valid();
		lost = true;
		leases.closed(this, release);
	}

}
