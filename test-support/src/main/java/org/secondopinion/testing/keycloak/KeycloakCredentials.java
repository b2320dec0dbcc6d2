package org.secondopinion.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;

/**
 * What a started Keycloak was given: its port, the passwords of the users of realm {@code second-opinion}, the
 * secrets of its confidential clients and the users of {@code other-realm} (empty without test fixtures). Written
 * to {@code run/<port>/credentials.json} so that other JVMs of the same build can use the same server.
 */
record KeycloakCredentials(int port, Map<String, String> users, Map<String, String> clientSecrets,
		Map<String, String> otherRealmUsers) {

	KeycloakCredentials {
		users = ordered(users);
		clientSecrets = ordered(clientSecrets);
		otherRealmUsers = ordered(otherRealmUsers);
	}

	static Path file(KeycloakOptions options) {
		return options.runDirectory().resolve("credentials.json");
	}

	static Optional<KeycloakCredentials> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Json.MAPPER.readValue(file, KeycloakCredentials.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	/** An unmodifiable copy in the order of the realm files, for printing. */
	private static Map<String, String> ordered(Map<String, String> values) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** Writes atomically; on POSIX file systems a temporary file, so the result, is readable by its owner only. */
	void write(Path file) {
		try {
			Path temporary = Files.createTempFile(file.getParent(), "credentials", ".tmp");
			Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary, this);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

}
