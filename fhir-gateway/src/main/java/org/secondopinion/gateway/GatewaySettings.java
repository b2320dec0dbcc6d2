package org.secondopinion.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway reaches its EHRs and how often it pulls.
 * @param pollInterval pause between two sync passes over every EHR and resource type
 * @param pageSize {@code _count} asked of an EHR per page, unless the EHR names its own
 * @param topicPartitions partitions of the topics the gateway creates on start when the broker allows it
 * @param maxResponseBytes a page larger than this is refused, not buffered
 * @param retry how failed EHR calls are retried
 * @param ehrs the EHRs to pull from and write Tasks back to
 * @param circuitBreaker when to stop calling a failing EHR for a while; defaults when absent
 */
@Validated
@ConfigurationProperties("second-opinion.gateway")
public record GatewaySettings(@NotNull Duration pollInterval, @Min(1) int pageSize, @Min(1) int topicPartitions,
		@Min(1024) long maxResponseBytes, @Valid @NotNull Retry retry, @Valid @NotNull List<Ehr> ehrs,
		@Valid @Nullable CircuitBreaker circuitBreaker) {

	/** The resource types about one patient pulled when an EHR's configuration names none. */
	public static final List<String> PATIENT_RESOURCE_TYPES = List.of("Patient", "Condition", "Procedure",
			"Observation", "ServiceRequest", "Encounter", "MedicationRequest", "MedicationStatement", "CarePlan",
			"Coverage", "QuestionnaireResponse", "Communication", "Flag", "DocumentReference", "DiagnosticReport");

	/** The provider directory: resources about no patient, for routing and specialist suggestions. */
	public static final List<String> DIRECTORY_RESOURCE_TYPES = List.of("Practitioner", "PractitionerRole",
			"Organization", "Location");

	/** Resource types pulled when an EHR's configuration names none: the patient types, then the directory. */
	public static final List<String> DEFAULT_RESOURCE_TYPES = concat(PATIENT_RESOURCE_TYPES, DIRECTORY_RESOURCE_TYPES);

	@ConstructorBinding
	public GatewaySettings {
		if (ehrs.stream().map(Ehr::id).distinct().count() != ehrs.size()) {
			throw new IllegalArgumentException("EHR ids must be unique: " + ehrs.stream().map(Ehr::id).toList());
		}
		if (circuitBreaker == null) {
			circuitBreaker = CircuitBreaker.DEFAULT;
		}
	}

	public GatewaySettings(Duration pollInterval, int pageSize, int topicPartitions, long maxResponseBytes,
			Retry retry, List<Ehr> ehrs) {
		this(pollInterval, pageSize, topicPartitions, maxResponseBytes, retry, ehrs, CircuitBreaker.DEFAULT);
	}

	/** The breaker settings in force (never null once bound). */
	public CircuitBreaker breaker() {
		return circuitBreaker == null ? CircuitBreaker.DEFAULT : circuitBreaker;
	}

	/** The {@code _count} to ask of {@code ehr}: its own page size, else the global one. */
	public int pageSizeOf(Ehr ehr) {
		return ehr.pageSize() == null ? pageSize : ehr.pageSize();
	}

	/**
	 * One EHR's FHIR R4 endpoint.
	 * @param id short stable name used in keys and event ids, e.g. {@code north}
	 * @param baseUrl the EHR's FHIR R4 base URL, e.g. {@code https://ehr.example.org/fhir}
	 * @param bearerToken shorthand for {@code auth.type=bearer} with this token (kept for older configurations)
	 * @param resourceTypes what to pull; {@link #DEFAULT_RESOURCE_TYPES} when absent
	 * @param pageSize {@code _count} asked of this EHR; the global page size when absent
	 * @param requestsPerSecond the most requests per second sent to this EHR, all calls together (sync,
	 *     write-back, token requests); unlimited when absent
	 * @param auth how the gateway authenticates to this EHR; none when absent
	 * @param sslBundle the Spring Boot SSL bundle ({@code spring.ssl.bundle.pem.*}) of this EHR's HTTPS
	 *     connections: its trust store holds the CA the EHR's certificate is issued by, its key store (when the EHR
	 *     asks for mutual TLS) the gateway's client certificate and key; the JVM's default trust when absent
	 */
	public record Ehr(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]+") String id, @NotNull URI baseUrl,
			@Nullable String bearerToken, @Nullable List<String> resourceTypes, @Nullable @Positive Integer pageSize,
			@Nullable @Positive Double requestsPerSecond, @Valid @Nullable Auth auth, @Nullable String sslBundle) {

		@ConstructorBinding
		public Ehr {
		}

		public Ehr(String id, URI baseUrl, @Nullable String bearerToken, @Nullable List<String> resourceTypes,
				@Nullable Integer pageSize, @Nullable Double requestsPerSecond, @Nullable Auth auth) {
			this(id, baseUrl, bearerToken, resourceTypes, pageSize, requestsPerSecond, auth, null);
		}

		public Ehr(String id, URI baseUrl, @Nullable String bearerToken, @Nullable List<String> resourceTypes) {
			this(id, baseUrl, bearerToken, resourceTypes, null, null, null);
		}

		/** The id this EHR goes by in the gateway's signatures, its paths and its events. */
		public EhrId ehrId() {
			return new EhrId(id);
		}

		public List<String> resourceTypesOrDefault() {
			return resourceTypes == null || resourceTypes.isEmpty() ? DEFAULT_RESOURCE_TYPES : resourceTypes;
		}

		/** The authentication in force: {@code auth}, else a bearer token from {@code bearer-token}, else none. */
		public Auth authOrNone() {
			if (auth != null) {
				return auth;
			}
			if (bearerToken != null && !bearerToken.isBlank()) {
				return Auth.bearer(bearerToken);
			}
			return Auth.NONE;
		}

		@Override
		public String toString() {
			return "Ehr[id=" + id + ", baseUrl=" + baseUrl + ", auth=" + authOrNone()
					+ (sslBundle == null ? "" : ", sslBundle=" + sslBundle) + "]";
		}

	}

	/** How the gateway authenticates to an EHR. */
	public enum AuthType {

		/** No credentials. */
		NONE,
		/** A static {@code Authorization: Bearer} token. */
		BEARER,
		/** HTTP basic authentication with a user name and password. */
		BASIC,
		/** SMART Backend Services: client credentials with a signed JWT client assertion ({@code private_key_jwt}). */
		SMART

	}

	/**
	 * Credentials for one EHR; which fields apply depends on {@code type}.
	 * @param type how the gateway proves who it is to the EHR
	 * @param token the static bearer token ({@code bearer})
	 * @param username the user name ({@code basic})
	 * @param password the password ({@code basic})
	 * @param clientId the client registered with the EHR's authorization server ({@code smart})
	 * @param privateKey a PEM (PKCS#8) or JWK file holding the private key that signs client assertions
	 *     ({@code smart})
	 * @param keyId the {@code kid} of the key as registered in the client's JWKS; taken from a JWK file when absent
	 * @param algorithm {@code RS384} or {@code ES384}; follows the key type when absent
	 * @param scope the scopes asked for, e.g. {@code system/*.read system/Task.write}
	 * @param tokenEndpoint the token endpoint; discovered from {@code {base}/.well-known/smart-configuration}
	 *     when absent
	 * @param refreshBefore how long before its expiry a cached access token is replaced
	 */
	public record Auth(@NotNull AuthType type, @Nullable String token, @Nullable String username,
			@Nullable String password, @Nullable String clientId, @Nullable Path privateKey, @Nullable String keyId,
			@Nullable String algorithm, @Nullable String scope, @Nullable URI tokenEndpoint,
			@Nullable Duration refreshBefore) {

		static final Auth NONE = new Auth(AuthType.NONE, null, null, null, null, null, null, null, null, null, null);

		public Auth {
			switch (type) {
				case BEARER -> require(token, "token", type);
				case BASIC -> {
					require(username, "username", type);
					require(password, "password", type);
				}
				case SMART -> {
					require(clientId, "client-id", type);
					if (privateKey == null) {
						throw new IllegalArgumentException("auth.private-key is required for auth type smart");
					}
					if (algorithm != null && !List.of("RS384", "ES384").contains(algorithm)) {
						throw new IllegalArgumentException("auth.algorithm must be RS384 or ES384, not " + algorithm);
					}
				}
				case NONE -> {
				}
			}
		}

		public static Auth bearer(String token) {
			return new Auth(AuthType.BEARER, token, null, null, null, null, null, null, null, null, null);
		}

		/** How long before expiry a cached token is replaced: 60 s unless configured. */
		public Duration refreshBeforeOrDefault() {
			return refreshBefore == null ? Duration.ofSeconds(60) : refreshBefore;
		}

		/** The scopes asked for: read of everything and writing Tasks, unless configured. */
		public String scopeOrDefault() {
			return scope == null || scope.isBlank() ? "system/*.read system/Task.write" : scope;
		}

		@Override
		public String toString() {
			return "Auth[type=" + type + ", clientId=" + clientId + ", keyId=" + keyId + "]";
		}

		private static void require(@Nullable String value, String name, AuthType type) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("auth." + name + " is required for auth type "
						+ type.name().toLowerCase(Locale.ROOT));
			}
		}

	}

	/**
	 * Retries of failed EHR calls (timeouts, 408, 429, 5xx) with exponential backoff and jitter.
	 * @param maxAttempts attempts per call, the first included
	 * @param initialBackoff the wait before the first retry, doubled for each further one
	 * @param maxBackoff the longest wait between attempts, also the most of an EHR's {@code Retry-After} honoured
	 * @param requestTimeout how long one attempt may take
	 */
	public record Retry(@Min(1) int maxAttempts, @NotNull Duration initialBackoff, @NotNull Duration maxBackoff,
			@NotNull Duration requestTimeout) {
	}

	/**
	 * Per EHR: after {@code failureThreshold} consecutive failed calls the breaker opens and calls fail at once;
	 * after {@code openFor} one trial call is let through (half-open), whose outcome closes or reopens it.
	 * @param failureThreshold consecutive failed calls to one EHR that open its breaker
	 * @param openFor how long an open breaker fails calls at once before it lets a trial call through
	 */
	public record CircuitBreaker(@Min(1) int failureThreshold, @NotNull Duration openFor) {

		static final CircuitBreaker DEFAULT = new CircuitBreaker(5, Duration.ofSeconds(60));

	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

}
