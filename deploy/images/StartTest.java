import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts an image tarball of ours without a container runtime and waits until it is ready: unpacks its layers into a
 * directory, runs its entrypoint there with {@code chroot} as the image's user, with the image's environment, in mount
 * and PID namespaces of its own ({@code unshare}, which also mounts {@code /proc}), and waits until
 * {@code /actuator/health/readiness} answers {@code UP}; then stops it (SIGTERM). It needs root (for {@code chroot}
 * and {@code unshare}); as any other user it says so and skips. Run by the Maven profile {@code images} in the
 * {@code verify} phase of the modules that set {@code image.start.skip} to false (deploy/README.md), or by hand:
 * {@code java deploy/images/StartTest.java <image.tar> <directory> <port> [timeout seconds [NAME=value...]]}, the
 * variables added to the image's environment.
 */
public final class StartTest {

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private StartTest() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: java StartTest.java <image.tar> <directory> <port> [timeout seconds [NAME=value...]]");
			System.exit(2);
		}
		Path tarball = Path.of(args[0]);
		Path directory = Path.of(args[1]).toAbsolutePath();
		int port = Integer.parseInt(args[2]);
		Duration timeout = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 300);
		String chroot = executable("chroot");
		String unshare = executable("unshare");
		if (!"0".equals(run(List.of("id", "-u")).strip()) || chroot == null || unshare == null) {
			System.out.println("[image start] SKIPPED " + tarball.getFileName() + ": starting an image without a "
					+ "container runtime needs root, chroot and unshare (util-linux); run the build as root");
			return;
		}
		Path archive = directory.resolve("archive");
		Path root = directory.resolve("rootfs");
		delete(directory);
		Files.createDirectories(archive);
		Files.createDirectories(root);
		run(List.of("tar", "--warning=no-unknown-keyword", "-xf", tarball.toString(), "-C", archive.toString()));
		String manifest = Files.readString(archive.resolve("manifest.json"));
		String config = Files.readString(archive.resolve(string(manifest, "Config")));
		for (String layer : strings(manifest, "Layers")) {
			run(List.of("tar", "--warning=no-unknown-keyword", "-xf", archive.resolve(layer).toString(), "-C",
					root.toString()));
		}
		// a mount namespace of its own with /proc (the JVM finds its libraries through /proc/self/exe) and a PID
		// namespace, so that stopping it stops everything it started
		Files.createDirectories(root.resolve("proc"));
		List<String> command = new ArrayList<>(List.of(unshare, "--mount", "--pid", "--fork", "--kill-child=SIGTERM",
				"--mount-proc=" + root.resolve("proc"), chroot, "--userspec=" + string(config, "User"), root.toString()));
		int entrypoint = command.size();
		command.addAll(strings(config, "Entrypoint"));
		command.addAll(strings(config, "Cmd"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(directory.resolve("container.log").toFile());
		Map<String, String> environment = builder.environment();
		environment.clear();
		for (String variable : strings(config, "Env")) {
			int equals = variable.indexOf('=');
			environment.put(variable.substring(0, equals), variable.substring(equals + 1));
		}
		environment.put("SERVER_PORT", String.valueOf(port));
		for (int i = 4; i < args.length; i++) {
			int equals = args[i].indexOf('=');
			environment.put(args[i].substring(0, equals), args[i].substring(equals + 1));
		}
		// what Kubernetes turns on by itself (Spring Boot detects it): the liveness and readiness groups
		environment.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		System.out.println("[image start] " + tarball.getFileName() + ": " + String.join(" ", command.subList(entrypoint, command.size())));
		Process container = builder.start();
		URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant started = Instant.now();
		try {
			while (true) {
				if (!container.isAlive()) {
					fail(directory, "the container exited with " + container.exitValue() + " before it was ready");
				}
				if (Duration.between(started, Instant.now()).compareTo(timeout) > 0) {
					fail(directory, "not ready within " + timeout.toSeconds() + " s");
				}
				try {
					HttpResponse<String> answer = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(3)).build(),
							HttpResponse.BodyHandlers.ofString());
					if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
						System.out.println("[image start] " + tarball.getFileName() + ": " + readiness + " answered "
								+ answer.body() + " after " + Duration.between(started, Instant.now()).toSeconds() + " s");
						break;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(1000);
			}
		}
		finally {
			// SIGTERM to the image's process itself (unshare waits for it and exits with it), as a container runtime
			// stops a container; whatever still runs after 30 s is killed
			container.descendants().forEach(ProcessHandle::destroy);
			if (!container.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				container.descendants().forEach(ProcessHandle::destroyForcibly);
				container.destroyForcibly().waitFor();
			}
		}
		System.out.println("[image start] " + tarball.getFileName() + ": stopped (exit " + container.exitValue() + ")");
	}

	private static String executable(String name) {
		return Stream.of("/usr/sbin/", "/usr/bin/", "/sbin/", "/bin/")
			.map(directory -> directory + name)
			.filter(path -> Files.isExecutable(Path.of(path)))
			.findFirst()
			.orElse(null);
	}

	private static void fail(Path directory, String why) throws IOException {
		List<String> log = Files.readAllLines(directory.resolve("container.log"), StandardCharsets.UTF_8);
		log.subList(Math.max(0, log.size() - 40), log.size()).forEach(line -> System.err.println("  | " + line));
		System.err.println("[image start] FAILED: " + why + " (whole log: " + directory.resolve("container.log") + ")");
		System.exit(1);
	}

	/** The strings of a JSON array field (or the one string of a string field) of a document without nesting surprises. */
	private static List<String> strings(String json, String field) {
		Matcher array = Pattern.compile("\"" + field + "\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
		List<String> values = new ArrayList<>();
		if (array.find()) {
			Matcher value = STRING.matcher(array.group(1));
			while (value.find()) {
				values.add(value.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
			}
		}
		return values;
	}

	private static String string(String json, String field) {
		Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		if (!value.find()) {
			throw new IllegalStateException("the image configuration has no " + field);
		}
		return value.group(1);
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

}
