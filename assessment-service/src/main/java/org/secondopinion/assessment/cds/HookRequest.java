package org.secondopinion.assessment.cds;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A CDS Hooks call, checked against the specification: {@code hook} (the service's), {@code hookInstance},
 * {@code context} with {@code userId} and {@code patientId}, {@code fhirServer} whenever {@code fhirAuthorization} is
 * sent. Anything else is refused with 400 and a problem detail saying what is wrong.
 * @param accessToken {@code fhirAuthorization.access_token}, for reading missing prefetch from the FHIR server
 * @param prefetch the {@code prefetch} object, or an empty object
 */
record HookRequest(String hook, String hookInstance, @Nullable String fhirServer, @Nullable String accessToken,
		JsonNode context, String patientId, JsonNode prefetch) {

	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	static HookRequest parse(ObjectMapper json, CdsService service, @Nullable String body) {
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
		String patientId = text(context, "patientId");
		if (patientId == null || !FHIR_ID.matcher(patientId).matches()) {
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
		return new HookRequest(hook, hookInstance, fhirServer, accessToken, context, patientId,
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
