package org.secondopinion.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the realm files that {@code kc.sh start-dev --import-realm} imports: a copy of the production realm with
 * generated client secrets, the local users (generated passwords) and the {@code dev-cli} client; with test
 * fixtures also the {@code short-lived} client and the realm {@code other-realm}.
 */
final class RealmImport {

	private RealmImport() {
	}

	static KeycloakCredentials prepare(KeycloakOptions options, Path importDirectory) {
		clear(importDirectory);
		ObjectNode realm = (ObjectNode) Json.MAPPER.readTree(options.realmFile());
		Map<String, String> secrets = addClientSecrets(realm);
		Map<String, String> users = addUsers(realm, Json.resource("local-users.json"));
		addClients(realm, Json.resource("local-clients.json"));
		Map<String, String> otherRealmUsers = Map.of();
		if (options.testFixtures()) {
			addClients(realm, Json.resource("test-clients.json"));
			allowAnyLocalPort(realm, "coordinator-ui");
			ObjectNode otherRealm = (ObjectNode) Json.resource("other-realm.json");
			ArrayNode otherUsers = (ArrayNode) otherRealm.remove("users");
			otherRealmUsers = addUsers(otherRealm, otherUsers);
			write(otherRealm, importDirectory);
		}
		write(realm, importDirectory);
		return new KeycloakCredentials(options.port(), users, secrets, otherRealmUsers);
	}

	/** Removes the realm files again: they hold passwords and must not be imported by an unrelated start. */
	static void clear(Path importDirectory) {
		try {
			Files.createDirectories(importDirectory);
			try (Stream<Path> files = Files.list(importDirectory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not clear " + importDirectory, ex);
		}
	}

	private static Map<String, String> addClientSecrets(ObjectNode realm) {
		Map<String, String> secrets = new LinkedHashMap<>();
		for (JsonNode client : realm.path("clients")) {
			if (!client.path("publicClient").asBoolean(false) && !client.path("bearerOnly").asBoolean(false)) {
				String secret = Secrets.clientSecret();
				((ObjectNode) client).put("secret", secret);
				secrets.put(client.path("clientId").asString(), secret);
			}
		}
		return secrets;
	}

	private static Map<String, String> addUsers(ObjectNode realm, JsonNode users) {
		Map<String, String> passwords = new LinkedHashMap<>();
		for (JsonNode user : users) {
			String password = Secrets.password();
			((ObjectNode) user).putArray("credentials")
				.addObject()
				.put("type", "password")
				.put("value", password)
				.put("temporary", false);
			realm.withArrayProperty("users").add(user);
			passwords.put(user.path("username").asString(), password);
		}
		return passwords;
	}

	private static void addClients(ObjectNode realm, JsonNode clients) {
		for (JsonNode client : clients) {
			realm.withArrayProperty("clients").add(client);
		}
	}

	/** Tests run the web UI on a random port: let the client redirect back to any port on this machine. */
	private static void allowAnyLocalPort(ObjectNode realm, String clientId) {
		for (JsonNode client : realm.path("clients")) {
			if (client.path("clientId").asString().equals(clientId)) {
				ArrayNode redirects = ((ObjectNode) client).withArrayProperty("redirectUris");
				redirects.add("http://127.0.0.1:*");
				redirects.add("http://localhost:*");
				ObjectNode attributes = ((ObjectNode) client).withObjectProperty("attributes");
				attributes.put("post.logout.redirect.uris",
						attributes.path("post.logout.redirect.uris").asString("") + "##http://127.0.0.1:*##http://localhost:*");
			}
		}
	}

	private static void write(ObjectNode realm, Path importDirectory) {
		Path file = importDirectory.resolve(realm.path("realm").asString() + "-realm.json");
		Json.MAPPER.writeValue(file, realm);
	}

}
