package org.secondopinion.testing.keycloak;

import java.security.SecureRandom;
import java.util.Base64;

/** Random passwords and client secrets, new for every Keycloak start. */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** 18 random bytes: 24 URL-safe characters, which meet the realm's password policy. */
	static String password() {
		return random(18);
	}

	static String clientSecret() {
		return random(32);
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
