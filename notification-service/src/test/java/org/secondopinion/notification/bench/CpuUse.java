package org.secondopinion.notification.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by each group of this JVM's threads (named as their pools are, digits dropped) and by the PostgreSQL
 * processes of the machine, read at one moment so that a phase's use is the difference of two readings. Linux only
 * for PostgreSQL ({@code /proc}); the JVM's threads through {@link ThreadMXBean}, so virtual threads count on their
 * carriers.
 */
record CpuUse(Map<String, Long> threadGroupsNanos, Map<String, Long> postgresNanos, long processNanos) {

	private static final long CLOCK_TICK_NANOS = 10_000_000L;

	static CpuUse now() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> groups = new HashMap<>();
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			long nanos = threads.getThreadCpuTime(info.getThreadId());
			if (nanos > 0) {
				groups.merge(group(info.getThreadName()), nanos, Long::sum);
			}
		}
		vmThreads().forEach((group, nanos) -> groups.merge(group, nanos, Long::sum));
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new CpuUse(groups, postgres(), process);
	}

	/** Prints what each group used since this reading, in ms and in µs per event, the largest first. */
	void printSince(int events, long elapsedNanos) {
		CpuUse after = now();
		System.out.printf("  CPU during the backlog (%,d ms wall, %d cores, until %d ms of the JVM's uptime):%n",
				elapsedNanos / 1_000_000, Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getRuntimeMXBean().getUptime());
		Map<String, Long> used = new HashMap<>();
		after.threadGroupsNanos.forEach((group, nanos) -> {
			long delta = nanos - threadGroupsNanos.getOrDefault(group, 0L);
			if (delta > 0) {
				used.put(group, delta);
			}
		});
		long threadsTotal = used.values().stream().mapToLong(Long::longValue).sum();
		used.put("(JVM, threads ended since)",
				Math.max(0, after.processNanos - processNanos - threadsTotal));
		after.postgresNanos.forEach((kind, nanos) -> {
			long delta = nanos - postgresNanos.getOrDefault(kind, 0L);
			if (delta > 0) {
				used.put("(PostgreSQL) " + kind, delta);
			}
		});
		used.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.filter(e -> e.getValue() >= 5_000_000L)
			.forEach(e -> System.out.printf("    %-70s %,7d ms  %,6.1f µs/event%n", e.getKey(), e.getValue() / 1_000_000,
					e.getValue() / 1_000.0 / events));
	}

	/**
	 * The JVM's own threads that {@link ThreadMXBean} does not list (garbage collection, JIT compilers, the VM
	 * thread), by their names in {@code /proc/self/task}.
	 */
	private static Map<String, Long> vmThreads() {
		Map<String, Long> groups = new HashMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			tasks.forEach(task -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					if (name.matches("(C\\d CompilerThre|GC Thread|G1 |VM |Sweeper|Common-Cleaner).*")) {
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						groups.merge("[VM] " + group(name), (Long.parseLong(fields[11]) + Long.parseLong(fields[12]))
								* CLOCK_TICK_NANOS, Long::sum);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			});
		}
		catch (IOException ex) {
			// not Linux
		}
		return groups;
	}

	private static String group(String threadName) {
		return threadName.replaceAll("\\d+", "#");
	}

	/**
	 * User and system time of the processes named {@code postgres}, as far as {@code /proc} shows them, by kind: the
	 * process title without numbers and state ({@code backend}, {@code autovacuum worker}, {@code walwriter}, …). The
	 * server's own processes that ended meanwhile (an autovacuum worker) count as {@code ended}, from the time the
	 * postmaster collected of its children.
	 */
	private static Map<String, Long> postgres() {
		Map<String, Long> kinds = new HashMap<>();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.forEach(process -> postgresTicks(process, kinds));
		}
		catch (IOException ex) {
			// not Linux
		}
		kinds.replaceAll((kind, ticks) -> ticks * CLOCK_TICK_NANOS);
		return kinds;
	}

	private static void postgresTicks(Path process, Map<String, Long> kinds) {
		try {
			String stat = Files.readString(process.resolve("stat"));
			int open = stat.indexOf('(');
			int close = stat.lastIndexOf(')');
			if (!stat.substring(open + 1, close).equals("postgres")) {
				return;
			}
			String[] fields = stat.substring(close + 2).split(" ");
			// after the name: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
			String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ').trim();
			String kind;
			if (!title.startsWith("postgres:")) {
				kind = "postmaster";
				kinds.merge("ended", Long.parseLong(fields[13]) + Long.parseLong(fields[14]), Long::sum);
			}
			else if (title.matches("postgres: \\S+ \\S+ \\d.*")) {
				kind = "backend";
			}
			else {
				kind = title.substring("postgres:".length()).replaceAll("[\\d.()]+", "").trim();
			}
			kinds.merge(kind, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
		}
		catch (IOException | RuntimeException ex) {
			// the process ended meanwhile
		}
	}

}
