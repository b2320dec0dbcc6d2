package org.secondopinion.assessment.cds;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Checks the EHR's JWT as CDS Hooks 2.0 asks: {@code iss} on the allow-list, the signature against that issuer's JWK
 * Set (or the {@code jku} of the header, only when it is on the issuer's list), {@code sub} on the issuer's client
 * list when it has one, {@code aud} = the endpoint called, {@code exp}, {@code iat} and a {@code jti} not seen before.
 */
@Component
class CdsTokenVerifier {

	static final String ROLE = "cds-client";

	private final CdsSettings settings;

	private final TokenUses uses;

	private final Clock clock;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	CdsTokenVerifier(CdsSettings settings, TokenUses uses) {
		this.settings = settings;
		this.uses = uses;
		// the wall clock, not the rules' clock (which may be fixed for reproducible assessments)
		this.clock = Clock.systemUTC();
	}

	/** Authenticates the bearer token of this request: its {@code aud} must name the endpoint the request calls. */
	AuthenticationManager authenticationManager(HttpServletRequest request) {
		Set<String> audiences = audiences(request);
		return authentication -> {
			Jwt jwt = verify(((BearerTokenAuthenticationToken) authentication).getToken(), audiences);
			return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)),
					jwt.getSubject());
		};
	}

	Jwt verify(String token, Set<String> audiences) {
		SignedJWT parsed;
		String issuer;
		try {
			parsed = SignedJWT.parse(token);
			issuer = parsed.getJWTClaimsSet().getIssuer();
		}
		catch (ParseException ex) {
			throw refused("it is not a signed JWT");
		}
		List<CdsSettings.Ehr> ehrs = issuer == null ? List.of() : settings.ehrsOf(issuer);
		if (ehrs.isEmpty()) {
			throw refused("its issuer is not a registered EHR");
		}
		URI jku = parsed.getHeader().getJWKURL();
		String jwks = ehrs.get(0).jwksUrl();
		if (jku != null) {
			if (ehrs.stream().noneMatch(e -> e.allowedJku().contains(jku.toString()))) {
				throw refused("its jku is not on the issuer's allow-list");
			}
			jwks = jku.toString();
		}
		Jwt jwt;
		try {
			jwt = decoders.computeIfAbsent(jwks, this::decoder).decode(token);
		}
		catch (BadJwtException ex) {
			throw refused("its signature or validity period does not check out (" + ex.getMessage() + ")");
		}
		catch (JwtException ex) {
			throw refused("its issuer's JWK Set could not be read (" + ex.getMessage() + ")");
		}
		checkClaims(jwt, audiences);
		if (ehrs.stream().noneMatch(e -> e.admits(jwt.getSubject()))) {
			throw refused("its sub is not a registered client of the issuer");
		}
		if (!uses.firstUse(issuer, jwt.getId(), jwt.getExpiresAt())) {
			throw refused("its jti was already used");
		}
		return jwt;
	}

	private void checkClaims(Jwt jwt, Set<String> audiences) {
		Instant now = clock.instant();
		Instant issuedAt = jwt.getIssuedAt();
		Instant expiresAt = jwt.getExpiresAt();
		if (expiresAt == null || issuedAt == null) {
			throw refused("exp and iat are required");
		}
		if (issuedAt.isAfter(now.plus(settings.clockSkew()))) {
			throw refused("it was issued in the future");
		}
		if (expiresAt.isAfter(issuedAt.plus(settings.maxTokenLifetime()))) {
			throw refused("it is valid for longer than " + settings.maxTokenLifetime().toMinutes() + " minutes");
		}
		if (jwt.getId() == null || jwt.getId().isBlank()) {
			throw refused("jti is required");
		}
		List<String> audience = jwt.getAudience();
		if (audience == null || audience.stream().noneMatch(audiences::contains)) {
			throw refused("its aud is not this CDS service endpoint");
		}
	}

	private JwtDecoder decoder(String jwksUrl) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUrl)
			.jwsAlgorithms(algorithms -> algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384,
					SignatureAlgorithm.RS512, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384,
					SignatureAlgorithm.ES512, SignatureAlgorithm.PS384)))
			.build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(settings.clockSkew());
		timestamps.setClock(clock);
		decoder.setJwtValidator(timestamps);
		return decoder;
	}

	/** The endpoint URL the token must be meant for; for feedback, the service's URL is accepted too. */
	private Set<String> audiences(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String base = settings.publicBaseUrl() != null ? settings.publicBaseUrl()
				: request.getRequestURL().substring(0, request.getRequestURL().length() - path.length());
		Set<String> audiences = new LinkedHashSet<>();
		audiences.add(base + path);
		if (path.endsWith("/feedback")) {
			audiences.add(base + path.substring(0, path.length() - "/feedback".length()));
		}
		return audiences;
	}

	/**
	 * The reason goes out as the RFC 6750 {@code error_description}, which may not hold quotes, backslashes or
	 * control characters: Spring Security replaces such a reason with a bare "Invalid token", so they are replaced
	 * here (the decoder's messages quote the JWK Set URL they could not read, for one).
	 */
	private static InvalidBearerTokenException refused(String why) {
		StringBuilder description = new StringBuilder(why.length());
		for (char c : why.toCharArray()) {
			description.append(c == '"' ? '\'' : c == '\\' ? '/' : c < 0x20 || c > 0x7e ? ' ' : c);
		}
		return new InvalidBearerTokenException(description.toString());
	}

}
