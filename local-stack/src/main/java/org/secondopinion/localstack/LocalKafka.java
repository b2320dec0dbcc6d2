package org.secondopinion.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;
import org.jspecify.annotations.Nullable;

/**
 * A real single-node KRaft Kafka broker ({@code kafka.Kafka} from Maven Central) in a child process, with its data
 * kept between runs, or an existing broker given by address.
 */
final class LocalKafka implements AutoCloseable {

	static final int PORT = 19092;

	private static final int CONTROLLER_PORT = 19093;

	private final @Nullable Process process;

	private final String bootstrapServers;

	private final String description;

	private LocalKafka(@Nullable Process process, String bootstrapServers, String description) {
		this.process = process;
		this.bootstrapServers = bootstrapServers;
		this.description = description;
	}

	static LocalKafka start(StackOptions options, ProcessLedger ledger) throws IOException, InterruptedException {
		if (options.kafka() != null) {
			return new LocalKafka(null, options.kafka(), options.kafka() + " (existing broker)");
		}
		return start(options.dataDir(), PORT, CONTROLLER_PORT, ledger);
	}

	/**
	 * A broker with its data and log in {@code dataDir}, listening on {@code port} (its controller on
	 * {@code controllerPort}); started again on the same directory and ports it keeps its topics and offsets.
	 */
	static LocalKafka start(Path dataDir, int port, int controllerPort, ProcessLedger ledger)
			throws IOException, InterruptedException {
		Path home = dataDir.resolve("kafka").toAbsolutePath();
		Path data = home.resolve("data");
		Files.createDirectories(data);
		Path config = home.resolve("server.properties");
		Files.writeString(config, serverProperties(data, port, controllerPort));
		Path logging = home.resolve("logback.xml");
		Files.writeString(logging, """
				<configuration>
				  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
				    <encoder><pattern>%d %-5level [%logger{20}] %msg%n</pattern></encoder>
				  </appender>
				  <root level="INFO"><appender-ref ref="out"/></root>
				</configuration>
				""");
		Path log = dataDir.resolve("kafka.log").toAbsolutePath();
		if (!Files.exists(data.resolve("meta.properties"))) {
			run(List.of(java(), "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=" + logging,
					"kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()), log);
		}
		Process process = new ProcessBuilder(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=" + logging, "kafka.Kafka",
				config.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		ledger.record("Kafka", process.toHandle());
		LocalKafka kafka = new LocalKafka(process, "127.0.0.1:" + port, "127.0.0.1:" + port + " (KRaft, log in " + log + ")");
		kafka.awaitListening(port, Duration.ofSeconds(90), log);
		return kafka;
	}

	String bootstrapServers() {
		return bootstrapServers;
	}

	String describe() {
		return description;
	}

	private void awaitListening(int port, Duration timeout, Path log) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException("Kafka exited with code " + process.exitValue() + "; see " + log);
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(250);
			}
		}
		throw new IllegalStateException("Kafka did not listen on " + port + " within " + timeout + "; see " + log);
	}

	private static void run(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("Formatting Kafka storage failed; see " + log);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String serverProperties(Path data, int port, int controllerPort) {
		return """
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@127.0.0.1:%2$d
				listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
				advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=PLAINTEXT
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				log.dirs=%3$s
				num.partitions=3
				auto.create.topics.enable=true
				offsets.topic.replication.factor=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				group.initial.rebalance.delay.ms=0
				""".formatted(port, controllerPort, data);
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

}
