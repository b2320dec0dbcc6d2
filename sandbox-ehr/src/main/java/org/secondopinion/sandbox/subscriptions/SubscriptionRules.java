package org.secondopinion.sandbox.subscriptions;

import java.net.URI;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;

/**
 * What the sandbox supports of a Subscription, read into the parts delivery needs: rest-hook channels to an http(s)
 * endpoint, {@code application/fhir+json} payloads with the backport's {@code id-only} content (the default) or
 * {@code empty} content (also for a channel without payload), and {@link Criteria}.
 */
final class SubscriptionRules {

	static final String PAYLOAD_CONTENT = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/"
			+ "backport-payload-content";

	private static final Set<String> JSON = Set.of("application/fhir+json", "application/json");

	private SubscriptionRules() {
	}

	/**
	 * The parts of a subscription, or an {@link IllegalArgumentException} saying what is not supported.
	 * @param subscription a Subscription with an id
	 */
	static Parts read(Subscription subscription, FhirContext context) {
		if (!subscription.hasCriteria()) {
			throw new IllegalArgumentException("Subscription.criteria is required");
		}
		Criteria criteria = Criteria.parse(subscription.getCriteria(), context);
		Subscription.SubscriptionChannelComponent channel = subscription.getChannel();
		if (channel.getType() != SubscriptionChannelType.RESTHOOK) {
			throw new IllegalArgumentException("Only rest-hook channels are supported, not " + channel.getType());
		}
		URI endpoint = endpoint(channel.getEndpoint());
		boolean idOnly = idOnly(channel);
		List<String> headers = channel.getHeader().stream().map(StringType::getValue).toList();
		return new Parts(criteria, endpoint, idOnly, headers);
	}

	private static URI endpoint(String value) {
		try {
			URI endpoint = URI.create(value);
			if (endpoint.getHost() == null || !Set.of("http", "https").contains(endpoint.getScheme())) {
				throw new IllegalArgumentException("Subscription.channel.endpoint must be an http(s) URL: " + value);
			}
			return endpoint;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("Subscription.channel.endpoint must be an http(s) URL: " + value, ex);
		}
	}

	private static boolean idOnly(Subscription.SubscriptionChannelComponent channel) {
		if (!channel.hasPayload()) {
			return false;
		}
		if (!JSON.contains(channel.getPayload())) {
			throw new IllegalArgumentException("Only application/fhir+json payloads are supported, not "
					+ channel.getPayload());
		}
		Extension content = channel.getPayloadElement().getExtensionByUrl(PAYLOAD_CONTENT);
		String code = content == null ? "id-only" : content.getValue().primitiveValue();
		return switch (code) {
			case "id-only" -> true;
			case "empty" -> false;
			default -> throw new IllegalArgumentException("Payload content " + code + " is not supported: the "
					+ "sandbox sends id-only or empty notifications");
		};
	}

	/**
	 * @param criteria which writes notify
	 * @param endpoint where notifications are POSTed
	 * @param idOnly whether notifications name the resource (else they only count events)
	 * @param headers HTTP headers to send with each notification, as {@code Name: value}
	 */
	record Parts(Criteria criteria, URI endpoint, boolean idOnly, List<String> headers) {
	}

}
