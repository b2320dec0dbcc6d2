package org.secondopinion.assessment.cds;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientRef;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A CDS Hooks call, checked against the specification: {@code hook} (the service's), {@code hookInstance},
 * {@code context} with {@code userId} and {@code patientId}, {@code fhirServer} whenever {@code fhirAuthorization} is
 * sent. Anything else is refused with 400 and a problem detail saying what is wrong.
 * @param ehr the EHR of the calling client's {@code fhirServer}, whose patient {@code context.patientId} names
 * @param patient the patient of {@code context.patientId} in that EHR
 * @param accessToken {@code fhirAuthorization.access_token}, for reading missing prefetch from the FHIR server
 * @param prefetch the {@code prefetch} object, or an empty object
 */
record HookRequest(String hook, String hookInstance, @Nullable String fhirServer, CdsSettings.Ehr ehr,
		@Nullable String accessToken, JsonNode context, PatientRef patient, JsonNode prefetch) {

	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	/**
	 * Checks a call's body; {@code ehrOf} names the EHR of the call's {@code fhirServer} (null when the body sends
	 * none), or throws for a server not registered for the client.
	 */
	static HookRequest parse(ObjectMapper json, CdsService service, @Nullable String body,
			Function<@Nullable String, CdsSettings.Ehr> ehrOf) {
		JsonNode root;
		try {
			root = body == null || body.isBlank() ? null : json.readTree(body);
		}
		catch (JacksonException ex) {
			throw bad("The request body is not valid JSON.");
		}
		if (root == null || !root.isObject()) {
			throw bad("The request body must be a JSON object with hook, hookInstance and context.");
		}
		String hook = text(root, "hook");
		if (hook == null) {
			throw bad("hook is required.");
		}
		if (!hook.equals(service.hook())) {
			throw bad("Service " + service.id() + " answers the " + service.hook() + " hook, not " + hook + ".");
		}
		String hookInstance = text(root, "hookInstance");
		if (hookInstance == null) {
			throw bad("hookInstance is required.");
		}
		JsonNode context = root.path("context");
		if (!context.isObject()) {
			throw bad("context is required and must be an object.");
		}
		if (text(context, "userId") == null) {
			throw bad("context.userId is required.");
		}
		String id = text(context, "patientId");
		if (id == null || !FHIR_ID.matcher(id).matches()) {
			throw bad("context.patientId is required and must be a FHIR id.");
		}
		String fhirServer = text(root, "fhirServer");
		JsonNode authorization = root.path("fhirAuthorization");
		String accessToken = null;
		if (!authorization.isMissingNode() && !authorization.isNull()) {
			accessToken = text(authorization, "access_token");
			if (!authorization.isObject() || accessToken == null) {
				throw bad("fhirAuthorization must be an object with an access_token.");
			}
			if (fhirServer == null) {
				throw bad("fhirServer is required when fhirAuthorization is sent.");
			}
		}
		JsonNode prefetch = root.path("prefetch");
		if (!prefetch.isMissingNode() && !prefetch.isNull() && !prefetch.isObject()) {
			throw bad("prefetch must be an object keyed by the prefetch template names.");
		}
		CdsSettings.Ehr ehr = ehrOf.apply(fhirServer);
		return new HookRequest(hook, hookInstance, fhirServer, ehr, accessToken, context, new PatientRef(ehr.ehr(), id),
				prefetch.isObject() ? prefetch : json.createObjectNode());
	}

	static ResponseStatusException bad(String detail) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

}
