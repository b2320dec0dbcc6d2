package org.secondopinion.gateway.lease;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes, renews and hands back leases in the {@code lease} table, with ShedLock's JDBC provider on the database's
 * clock. A lease is taken when nobody holds it or its holder's time-to-live has passed; the holder renews it every
 * {@code renew-every} for as long as it works, so a live holder keeps it however long the work takes and a dead
 * one loses it after {@code time-to-live}.
 */
@Component
public class Leases implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Leases.class);

	static final String TABLE = "lease";

	/** The lifecycle phase of the work that runs under leases; the leases stop before it. */
	public static final int WORK_PHASE = SmartLifecycle.DEFAULT_PHASE - 100;

	private final LockProvider locks;

	private final JdbcTemplate jdbc;

	private final LeaseSettings settings;

	private final String owner;

	private final Set<Lease> held = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService renewer;

	private volatile boolean abandoned;

	private volatile boolean running;

	private volatile boolean stopping;

	Leases(DataSource dataSource, LeaseSettings settings) {
		this.settings = settings;
		this.owner = settings.ownerOrDefault();
		this.jdbc = new JdbcTemplate(dataSource);
		this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.withTableName(TABLE)
			.withLockedByValue(owner)
			.usingDbTime()
			.build());
		this.renewer = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("lease-renewal").factory());
		long every = settings.renewEvery().toMillis();
		renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
	}

	/** Takes the lease {@code name} if no other instance holds it. */
	public Optional<Lease> tryAcquire(String name) {
		if (abandoned || stopping) {
			return Optional.empty();
		}
		long sent = System.nanoTime();
		Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), name, settings.timeToLive(),
				Duration.ZERO));
		return lock.map(taken -> {
			Lease lease = new Lease(name, taken, sent + settings.timeToLive().toNanos(), this);
			held.add(lease);
			return lease;
		});
	}

	/** Takes the lease {@code name}, waiting for it up to {@code wait}. */
	public Optional<Lease> acquire(String name, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		while (true) {
			Optional<Lease> lease = tryAcquire(name);
			if (lease.isPresent() || System.nanoTime() - deadline >= 0) {
				return lease;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
	}

	/** Takes the lease a push notification of {@code resourceType} needs, waiting {@code wait-for-push}. */
	public Optional<Lease> acquireForPush(String name) {
		return acquire(name, settings.waitForPush());
	}

	/** How often work that is nobody's (its holder died) is looked for: the renewal interval. */
	public Duration takeoverCheckInterval() {
		return settings.renewEvery();
	}

	/** This instance's name in the lease table. */
	public String owner() {
		return owner;
	}

	/** The names of the leases this instance holds now. */
	public List<String> heldNames() {
		return held.stream().filter(Lease::held).map(Lease::name).sorted().toList();
	}

	/**
	 * Stops taking and renewing leases and stops acting on those held, without handing them back: what a
	 * killed or frozen process leaves behind. Other instances take the work over once the time-to-live has
	 * passed. For failure drills.
	 */
	public void abandon() {
		abandoned = true;
		renewer.shutdownNow();
		held.forEach(Lease::abandon);
		held.clear();
		log.warn("Leases abandoned: this instance takes and renews no lease any more");
	}

	void closed(Lease lease, boolean release) {
		held.remove(lease);
		if (!release || abandoned) {
			return;
		}
		try {
			// guarded by the holder, unlike ShedLock's unlock, so that a lease taken over is never released
			jdbc.update("update " + TABLE + " set lock_until = timezone('utc', current_timestamp)"
					+ " where name = ? and locked_by = ?", lease.name(), owner);
		}
		catch (RuntimeException ex) {
			log.warn("Could not hand back lease {} ({}); it lapses after its time-to-live", lease.name(),
					ex.getMessage());
		}
	}

	private void renewAll() {
		for (Lease lease : held) {
			lease.renew(settings.timeToLive());
		}
	}

	@Override
	public void start() {
		stopping = false;
		running = true;
	}

	/**
	 * On shutdown, before the work stops (a later phase than the sync and backfill runners): takes no new lease
	 * and asks the work under each held lease to stop at its next page or batch, so that it records what it
	 * published and hands its lease back for another instance to continue from there.
	 */
	@Override
	public void stop() {
		stopping = true;
		running = false;
		held.forEach(Lease::yieldToShutdown);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return WORK_PHASE + 1;
	}

	@Override
	public void destroy() {
		renewer.shutdownNow();
		if (!abandoned) {
			List.copyOf(held).forEach(Lease::close);
		}
	}

}
