package org.secondopinion.sandbox.clinic;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Keeps the clinic busy: at each tick a random patient visits and the visit's resources are written. */
@Component
class LiveClinic implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveClinic.class);

	private final FhirStore store;

	private final LiveClinicSettings settings;

	private final Clock clock;

	private final Random random;

	private final AtomicLong visits = new AtomicLong();

	private @Nullable ScheduledExecutorService executor;

	LiveClinic(FhirStore store, LiveClinicSettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.random = new Random(settings.seed());
	}

	/** One visit of a random patient; nothing when the EHR has no patients. Returns the resources written. */
	List<Resource> visit() {
		List<Patient> patients = store.search(Patient.class, ResourceQuery.all());
		if (patients.isEmpty()) {
			return List.of();
		}
		String patientId = patients.get(random.nextInt(patients.size())).getIdElement().getIdPart();
		List<Resource> written = Visit.of(patientId, random, settings.majorOrderShare(), clock.instant())
			.stream()
			.<Resource>map(store::create)
			.toList();
		long count = visits.incrementAndGet();
		if (count % 10 == 0) {
			log.info("Live clinic: {} visits so far", count);
		}
		return written;
	}

	@Override
	public synchronized void start() {
		if (!settings.enabled()) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-clinic").factory());
		long period = settings.visitEvery().toMillis();
		executor.scheduleAtFixedRate(() -> {
			try {
				visit();
			}
			catch (RuntimeException ex) {
				log.warn("Live clinic visit failed: {}", ex.getMessage());
			}
		}, period, period, TimeUnit.MILLISECONDS);
		log.info("Live clinic open: a visit every {}", settings.visitEvery());
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

}
