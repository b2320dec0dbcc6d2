package org.secondopinion.testing.keycloak;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The payload of a JWT, decoded without checking the signature: enough to look at the claims in a test. */
record JwtClaims(JsonNode payload) {

	static JwtClaims of(String jwt) {
		String[] parts = jwt.split("\\.");
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a JWS compact serialization: " + parts.length + " parts");
		}
		String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		return new JwtClaims(Json.MAPPER.readTree(json));
	}

	String string(String claim) {
		return this.payload.path(claim).asString();
	}

	long number(String claim) {
		return this.payload.path(claim).asLong();
	}

	/** A string or an array of strings (like {@code aud}) as a list. */
	List<String> strings(String claim) {
		return strings(this.payload.path(claim));
	}

	List<String> realmRoles() {
		return strings(this.payload.path("realm_access").path("roles"));
	}

	boolean has(String claim) {
		return this.payload.has(claim);
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node.isArray()) {
			node.forEach((value) -> values.add(value.asString()));
		}
		else if (node.isString()) {
			values.add(node.asString());
		}
		return values;
	}

}
