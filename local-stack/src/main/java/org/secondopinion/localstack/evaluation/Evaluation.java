package org.secondopinion.localstack.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientRef;
import org.secondopinion.sandbox.scenarios.ScenarioDates;
import tools.jackson.databind.JsonNode;

/**
 * Scores the assessment service on an {@link EvaluationSet}, over HTTP only: the records go into the EHR the gateway
 * syncs from (one PUT per resource, which any FHIR server that allows client ids takes), the gateway's sync status
 * tells when they have all been published, and the assessment endpoint what the assessment service concluded.
 */
public final class Evaluation {

	private static final Duration POLL = Duration.ofSeconds(1);

	/** How long an assessment must stay unchanged, after its record is complete, to count as final. */
	private static final Duration SETTLED = Duration.ofSeconds(5);

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI ehr;

	private final URI assessment;

	private final URI gateway;

	private final EhrId ehrId;

	private final Supplier<String> token;

	private final Duration timeout;

	private final PrintStream out;

	/** The resources of the set that could not be loaded, each with its case and why. */
	private final List<String> notLoaded = new ArrayList<>();

	private String rulesetVersion = "unknown";

	/**
	 * @param ehr the FHIR base URL the records are written to (the EHR the gateway pulls from)
	 * @param assessment the assessment service's base URL
	 * @param gateway the gateway's base URL, whose sync status tells when the records have been published
	 * @param ehrId the gateway's id of that EHR, whose patients the set's cases are
	 * @param token a bearer token of a user or service allowed to read records and assessments
	 */
	public Evaluation(URI ehr, URI assessment, URI gateway, EhrId ehrId, Supplier<String> token, Duration timeout, PrintStream out) {
		this.ehr = ehr;
		this.assessment = assessment;
		this.gateway = gateway;
		this.ehrId = ehrId;
		this.token = token;
		this.timeout = timeout;
		this.out = out;
	}

	/** Loads the set in {@code directory} with its dates moved to {@code today}, waits, scores and prints. */
	public boolean run(java.nio.file.Path directory, LocalDate today) throws IOException, InterruptedException {
		EvaluationSet set = EvaluationSet.load(directory);
		Scoreboard board = score(set, today);
		out.println();
		out.println("Evaluation set " + directory + ": " + set.cases().size() + " cases, dates moved from "
				+ set.anchorDate() + " to " + today + "; ruleset " + rulesetVersion);
		out.print(board.table());
		board.disagreements().forEach(line -> out.println("  " + line));
		if (!notLoaded.isEmpty()) {
			out.println("Not loaded (the rest of each record was; what they carried counts as missed):");
			notLoaded.forEach(line -> out.println("  " + line));
		}
		return board.disagreements().isEmpty();
	}

	Scoreboard score(EvaluationSet set, LocalDate today) throws IOException, InterruptedException {
		ScenarioDates shift = ScenarioDates.between(set.anchorDate(), today);
		int loaded = 0;
		for (EvaluationSet.Case c : set.cases()) {
			load(c, shift);
			loaded++;
			if (loaded % 10 == 0 || loaded == set.cases().size()) {
				out.printf("  loaded %d/%d cases into %s%n", loaded, set.cases().size(), ehr);
			}
		}
		Map<String, Set<String>> flagged = awaitAssessments(set, Instant.now());
		Scoreboard board = new Scoreboard(criteria());
		set.cases().forEach(c -> board.record(c.id(), c.expected(), flagged.get(c.id())));
		return board;
	}

	/**
	 * Loads the case's record as one FHIR transaction (PUT of each entry), which a server takes whole, references
	 * between its resources in a cycle included (a Condition naming its Encounter, the Encounter naming the Condition
	 * as its diagnosis). If the server refuses the transaction (an entry it finds invalid, or no transaction support),
	 * every entry is PUT on its own instead, each after the resources it references (a server that checks references,
	 * as HAPI FHIR JPA does, refuses a Patient whose managing Organization it does not have yet). A resource that is no
	 * valid FHIR, or that the EHR refuses as invalid (HTTP 4xx), is left out and reported, and the rest of the record
	 * is loaded, as an EHR keeps the rest of a chart when one entry is bad; the criteria it carried count as missed.
	 */
	void load(EvaluationSet.Case c, ScenarioDates shift) throws IOException, InterruptedException {
		IParser parser = FHIR.newJsonParser();
		List<Resource> resources = new ArrayList<>();
		for (JsonNode entry : referencedFirst(c.bundle().path("entry"))) {
			Resource parsed = parsed(parser, c.id(), entry, notLoaded);
			if (parsed != null) {
				resources.add(shift.shift(parsed));
			}
		}
		if (asTransaction(parser, resources)) {
			return;
		}
		for (Resource resource : resources) {
			String reference = resource.fhirType() + "/" + resource.getIdPart();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ehr + "/" + reference))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/fhir+json")
				.header("Accept", "application/fhir+json")
				.PUT(HttpRequest.BodyPublishers.ofString(parser.encodeResourceToString(resource)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 == 4 && response.statusCode() != 401 && response.statusCode() != 403
					&& response.statusCode() != 429) {
				notLoaded.add(c.id() + ": the EHR refused " + reference + ": HTTP " + response.statusCode() + " "
						+ abbreviate(response.body()));
			}
			else if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException("The EHR refused " + reference + " of case " + c.id() + ": HTTP "
						+ response.statusCode() + " " + abbreviate(response.body()));
			}
		}
	}

	/** Whether the EHR took the resources as one transaction. */
	private boolean asTransaction(IParser parser, List<Resource> resources) throws IOException, InterruptedException {
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (Resource resource : resources) {
			String reference = resource.fhirType() + "/" + resource.getIdPart();
			transaction.addEntry()
				.setFullUrl(ehr + "/" + reference)
				.setResource(resource)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.PUT)
				.setUrl(reference);
		}
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(ehr)
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/fhir+json")
			.header("Accept", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString(parser.encodeResourceToString(transaction)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() / 100 == 2;
	}

	/** The entry's resource, or {@code null} with the reason added to {@code notLoaded} when it is no valid FHIR R4. */
	static @Nullable Resource parsed(IParser parser, String caseId, JsonNode entry, List<String> notLoaded) {
		try {
			return (Resource) parser.parseResource(entry.path("resource").toString());
		}
		catch (ca.uhn.fhir.parser.DataFormatException ex) {
			notLoaded.add(caseId + ": " + entry.path("resource").path("resourceType").asString() + "/"
					+ entry.path("resource").path("id").asString() + " is no valid FHIR R4 (" + abbreviate(ex.getMessage()) + ")");
			return null;
		}
	}

	/** The entries ordered so that each comes after those it references within the bundle (a cycle is cut once). */
	static List<JsonNode> referencedFirst(JsonNode entries) {
		Map<String, JsonNode> byReference = new LinkedHashMap<>();
		entries.forEach(e -> byReference.put(e.path("resource").path("resourceType").asString() + "/"
				+ e.path("resource").path("id").asString(), e));
		List<JsonNode> ordered = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		byReference.keySet().forEach(reference -> visit(reference, byReference, seen, ordered));
		return ordered;
	}

	private static void visit(String reference, Map<String, JsonNode> byReference, Set<String> seen,
			List<JsonNode> ordered) {
		if (!byReference.containsKey(reference) || !seen.add(reference)) {
			return;
		}
		List<String> references = new ArrayList<>();
		collect(byReference.get(reference).path("resource"), references);
		references.forEach(r -> visit(r, byReference, seen, ordered));
		ordered.add(byReference.get(reference));
	}

	private static void collect(JsonNode node, List<String> into) {
		if (node.isObject()) {
			node.properties().forEach(field -> {
				if (field.getKey().equals("reference") && field.getValue().isString()) {
					into.add(field.getValue().asString());
				}
				else {
					collect(field.getValue(), into);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(child -> collect(child, into));
		}
	}

	/**
	 * Waits until the gateway has finished a sync pass of every type that began after the load, then until every
	 * case's assessment has stayed the same for a while; returns the criteria flagged per case.
	 */
	private Map<String, Set<String>> awaitAssessments(EvaluationSet set, Instant loaded)
			throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		// a pass that ended after the load may have begun before it; the pass after that one saw everything
		awaitSyncPassesEndedAfter(loaded, deadline);
		awaitSyncPassesEndedAfter(Instant.now(), deadline);
		out.println("  the gateway has published every record; waiting for the assessments to settle");
		Map<String, JsonNode> last = new HashMap<>();
		Map<String, Instant> unchangedSince = new HashMap<>();
		while (true) {
			for (EvaluationSet.Case c : set.cases()) {
				JsonNode now = assessmentOf(new PatientRef(ehrId, c.id()));
				if (now == null || !now.equals(last.get(c.id()))) {
					unchangedSince.put(c.id(), Instant.now());
				}
				if (now != null) {
					last.put(c.id(), now);
				}
			}
			List<String> unsettled = set.cases()
				.stream()
				.map(EvaluationSet.Case::id)
				.filter(id -> !last.containsKey(id) || unchangedSince.get(id).plus(SETTLED).isAfter(Instant.now()))
				.toList();
			if (unsettled.isEmpty()) {
				break;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Not assessed within " + timeout + ": " + unsettled);
			}
			Thread.sleep(POLL.toMillis());
		}
		Map<String, Set<String>> flagged = new HashMap<>();
		last.forEach((id, view) -> flagged.put(id, "flagged".equals(view.path("status").asString())
				? view.path("criteria").valueStream().map(c -> c.path("code").asString()).collect(Collectors.toSet())
				: Set.of()));
		return flagged;
	}

	/** Waits until the gateway's last successful pass of each resource type of the EHR ended after {@code since}. */
	private void awaitSyncPassesEndedAfter(Instant since, Instant deadline) throws IOException, InterruptedException {
		while (true) {
			JsonNode status = EvaluationSet.JSON.readTree(checked(get(gateway, "/api/v1/sync")));
			List<String> behind = status.valueStream()
				.filter(type -> ehrId.value().equals(type.path("ehrId").asString()))
				.filter(type -> type.path("lastSuccessAt").isNull()
						|| !Instant.parse(type.path("lastSuccessAt").asString()).isAfter(since))
				.map(type -> type.path("resourceType").asString())
				.toList();
			if (!behind.isEmpty() || status.isEmpty()) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("The gateway has not synced " + behind + " within " + timeout);
				}
				Thread.sleep(POLL.toMillis());
				continue;
			}
			return;
		}
	}

	private @Nullable JsonNode assessmentOf(PatientRef patient) throws IOException, InterruptedException {
		HttpResponse<String> response = get(
				"/api/v1/patients/" + patient.ehrId() + "/" + patient.patientId() + "/assessment");
		if (response.statusCode() == 404) {
			return null;
		}
		JsonNode view = EvaluationSet.JSON.readTree(checked(response));
		// the verdict, not when it was reached: a re-assessment with the same outcome has settled
		return EvaluationSet.JSON.createObjectNode().put("status", view.path("status").asString())
			.set("criteria", view.path("criteria"));
	}

	/** The criterion codes of the rule catalog in force. */
	private List<String> criteria() throws IOException, InterruptedException {
		List<String> codes = new ArrayList<>();
		JsonNode catalog = EvaluationSet.JSON.readTree(checked(get("/api/v1/rules")));
		rulesetVersion = catalog.path("rulesetVersion").asString();
		catalog.path("rules").forEach(rule -> codes.add(rule.path("code").asString()));
		return codes;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(assessment, path);
	}

	private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token.get())
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String checked(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri().getPath() + ": "
					+ abbreviate(response.body()));
		}
		return response.body();
	}

	private static String abbreviate(String body) {
		return body.length() <= 300 ? body : body.substring(0, 300) + "…";
	}

}
