package org.secondopinion.gateway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.backfill.BackfillProgress;
import org.secondopinion.gateway.backfill.BackfillRequest;
import org.secondopinion.gateway.backfill.Backfills;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child JVM of {@link BackfillHeapBenchmark}: starts a gateway, then stays idle or backfills every Patient and
 * Observation by {@code $export}, sampling the heap all along; prints one {@link #RESULT} line.
 */
public final class BackfillHeapProbe {

	static final String RESULT = "HEAP-RESULT";

	private BackfillHeapProbe() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		List<String> gatewayArgs = Arrays.asList(args).subList(1, args.length);
		AtomicLong peak = new AtomicLong();
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (true) {
				peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		try (ConfigurableApplicationContext gateway = BenchGateway.start(gatewayArgs)) {
			String line;
			if (mode.equals("idle")) {
				Thread.sleep(Duration.ofSeconds(20));
				line = "resources=0 seconds=0 rate=0 state=IDLE";
			}
			else {
				Backfills backfills = gateway.getBean(Backfills.class);
				long start = System.nanoTime();
				BackfillProgress progress = backfills.start(EhrId.of("heap"),
						new BackfillRequest(List.of("Patient", "Observation"), null, null));
				while (!progress.state().name().equals("COMPLETED") && !progress.state().name().equals("FAILED")) {
					Thread.sleep(1000);
					progress = backfills.progress(EhrId.of("heap"), progress.id()).orElseThrow();
					System.out.printf("%s files %d/%d, resources %,d/%s, %s/s%n", progress.state(), progress.filesDone(),
							progress.filesTotal(), progress.resourcesDone(), progress.resourcesTotal(),
							progress.resourcesPerSecond());
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				line = "resources=" + progress.resourcesDone() + " seconds=" + Math.round(seconds) + " rate="
						+ Math.round(progress.resourcesDone() / seconds) + " state=" + progress.state();
			}
			sampler.interrupt();
			long oldPeak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
				.mapToLong(pool -> pool.getPeakUsage().getUsed())
				.max()
				.orElse(0);
			System.out.println(RESULT + " peakUsed=" + peak.get() + " oldPeak=" + oldPeak + " " + line);
		}
		System.exit(0);
	}

}
