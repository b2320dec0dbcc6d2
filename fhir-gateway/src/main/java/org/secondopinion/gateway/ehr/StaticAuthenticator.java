package org.secondopinion.gateway.ehr;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.gateway.GatewaySettings;

/** Credentials that never change: none, a static bearer token, or HTTP basic. */
final class StaticAuthenticator implements Authenticator {

	private final @Nullable String header;

	private StaticAuthenticator(@Nullable String header) {
		this.header = header;
	}

	static StaticAuthenticator of(GatewaySettings.Auth auth) {
		return switch (auth.type()) {
			case BEARER -> new StaticAuthenticator("Bearer " + auth.token());
			case BASIC -> new StaticAuthenticator("Basic " + Base64.getEncoder()
				.encodeToString((auth.username() + ":" + auth.password()).getBytes(StandardCharsets.UTF_8)));
			case NONE -> new StaticAuthenticator(null);
			case SMART -> throw new IllegalArgumentException("SMART Backend Services needs a token client");
		};
	}

	@Override
	public Optional<String> authorization() {
		return Optional.ofNullable(header);
	}

}
