package org.secondopinion.assessment.criteria;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short SHA-256 of some content, to tell when a rule's data or parameters changed. */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String of(String content) {
		return of(content.getBytes(StandardCharsets.UTF_8));
	}

}
