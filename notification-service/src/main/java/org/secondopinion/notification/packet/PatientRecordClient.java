package org.secondopinion.notification.packet;

import java.util.Collection;

import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientRef;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Reads a patient's record (a FHIR Bundle) from the assessment service, service to service: a client-credentials
 * token of this service's Keycloak client, obtained and renewed by Spring Security's OAuth2 client.
 */
@Component
public class PatientRecordClient {

	private static final String REGISTRATION = "assessment-record";

	private final RestClient http;

	private final EventCodec codec;

	PatientRecordClient(RecordSettings settings, OAuth2ResourceServerProperties resourceServer, EventCodec codec) {
		this.codec = codec;
		AuthorizedClientServiceOAuth2AuthorizedClientManager tokens = tokens(settings,
				resourceServer.getJwt().getIssuerUri());
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(settings.timeout());
		requests.setReadTimeout(settings.timeout());
		this.http = RestClient.builder()
			.baseUrl(settings.baseUrl())
			.requestFactory(requests)
			.requestInterceptor((request, body, execution) -> {
				OAuth2AuthorizedClient client = tokens
					.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(settings.clientId()).build());
				if (client == null) {
					throw new IllegalStateException("Keycloak issued no token to client " + settings.clientId());
				}
				request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
				return execution.execute(request, body);
			})
			.build();
	}

	/**
	 * @param evidence references that must be in the record whatever their age or status
	 * @throws ResponseStatusException 502 when the assessment service cannot be reached or refuses
	 */
	public JsonNode record(PatientRef patient, Collection<String> evidence) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/patients/{ehrId}/{patientId}/record");
		evidence.forEach(reference -> uri.queryParam("evidence", reference));
		try {
			String body = http.get()
				.uri(uri.encode().buildAndExpand(patient.ehrId(), patient.patientId()).toUriString())
				.header("X-Purpose-Of-Use", "TREAT")
				.retrieve()
				.body(String.class);
			return codec.mapper().readTree(body == null ? "{}" : body);
		}
		catch (RestClientException | IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_GATEWAY,
					"The patient's record could not be read from the assessment service; try again shortly", ex);
		}
	}

	private static AuthorizedClientServiceOAuth2AuthorizedClientManager tokens(RecordSettings settings,
			String issuer) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(issuer + "/protocol/openid-connect/token")
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

}
