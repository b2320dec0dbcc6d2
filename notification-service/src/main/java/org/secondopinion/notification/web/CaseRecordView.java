package org.secondopinion.notification.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.packet.PatientRecordClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * What the case page shows from the patient's record: the evidence in time order, a chart of each measure that is
 * worsening despite treatment, and the coverage with whether a second opinion is commonly covered.
 */
@Component
class CaseRecordView {

	private static final Logger log = LoggerFactory.getLogger(CaseRecordView.class);

	static final CriterionCode WORSENING = CriterionCode.WORSENING_DESPITE_TREATMENT;

	private final PatientRecordClient records;

	private final CoverageRules coverageRules;

	CaseRecordView(PatientRecordClient records, CoverageRules coverageRules) {
		this.records = records;
		this.coverageRules = coverageRules;
	}

	/** One piece of evidence on the timeline. */
	record TimelineEntry(@Nullable String date, CriterionCode criterion, String reference, String what, @Nullable String value) {
	}

	/**
	 * A worsening measure's chart and its values as text.
	 * @param threshold what the dashed threshold line says, when the rule's reason gives one
	 */
	record Chart(String title, String svg, List<MeasureChart.Point> points, String unit, @Nullable String threshold) {
	}

	/** The coverage as the record and the flag tell it, and what the site's rules say about second opinions. */
	record Coverage(@Nullable String payer, @Nullable String plan, @Nullable String status, @Nullable String periodStart,
			@Nullable String periodEnd, @Nullable CoverageRule rule) {
	}

	/** Everything the page shows from the record; {@code available} is false when the record could not be read. */
	record View(boolean available, List<TimelineEntry> timeline, List<Chart> charts, Coverage coverage) {
	}

	View of(CaseDetail kase) {
		Set<String> evidence = new LinkedHashSet<>();
		kase.criteria().forEach(c -> c.evidence().forEach(e -> evidence.add(e.reference())));
		JsonNode bundle;
		boolean available = true;
		try {
			bundle = records.record(kase.patient().ehrId(), kase.patient().id(), evidence);
		}
		catch (ResponseStatusException ex) {
			log.warn("Case page without the patient's record: {}", ex.getReason());
			bundle = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
			available = false;
		}
		Map<String, JsonNode> byReference = new HashMap<>();
		for (JsonNode entry : bundle.path("entry")) {
			JsonNode resource = entry.path("resource");
			byReference.put(resource.path("resourceType").asString() + "/" + resource.path("id").asString(), resource);
		}
		List<TimelineEntry> timeline = new ArrayList<>();
		for (IncomingFlag.CriterionMet criterion : kase.criteria()) {
			for (IncomingFlag.Evidence e : criterion.evidence()) {
				JsonNode resource = byReference.get(withoutVersion(e.reference()));
				timeline.add(new TimelineEntry(resource == null ? null : Resources.date(resource), criterion.code(),
						e.reference(), e.display() != null ? e.display() : resource == null ? e.reference() : Resources.name(resource),
						resource == null ? null : Resources.value(resource)));
			}
		}
		timeline.sort(Comparator.comparing((TimelineEntry t) -> t.date() == null ? "9999" : t.date()));
		return new View(available, timeline, charts(kase, bundle, byReference), coverage(kase, bundle));
	}

	private static List<Chart> charts(CaseDetail kase, JsonNode bundle, Map<String, JsonNode> byReference) {
		List<Chart> charts = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		kase.criteria().stream().filter(c -> c.code() == WORSENING).flatMap(c -> c.evidence().stream())
			.map(e -> byReference.get(withoutVersion(e.reference())))
			.filter(r -> r != null && r.path("resourceType").asString().equals("Observation"))
			.forEach(r -> codes.add(Resources.code(r)));
		for (String code : codes) {
			List<JsonNode> series = new ArrayList<>();
			for (JsonNode entry : bundle.path("entry")) {
				JsonNode resource = entry.path("resource");
				if (resource.path("resourceType").asString().equals("Observation") && Resources.code(resource).equals(code)
						&& resource.path("valueQuantity").has("value") && Resources.date(resource) != null) {
					series.add(resource);
				}
			}
			series.sort(Comparator.comparing(Resources::date));
			if (series.size() >= 2) {
				List<MeasureChart.Point> points = series.stream()
					.map(r -> new MeasureChart.Point(Resources.date(r), r.path("valueQuantity").path("value").asDouble()))
					.toList();
				String unit = series.get(0).path("valueQuantity").path("unit").asString("");
				String title = Resources.name(series.get(0)) + " over time";
				String reasons = String.join("; ", kase.criteria().stream().filter(c -> c.code() == WORSENING)
					.map(IncomingFlag.CriterionMet::reason).toList());
				DashboardCharts.Reference threshold = WorseningThreshold.of(reasons, points).orElse(null);
				charts.add(new Chart(title, MeasureChart.svg(title, unit, points, threshold), points, unit,
						threshold == null ? null : threshold.label()));
			}
		}
		return charts;
	}

	private Coverage coverage(CaseDetail kase, JsonNode bundle) {
		IncomingFlag.CoverageSummary summary = kase.coverage();
		String payer = summary == null ? null : summary.payer();
		String plan = summary == null ? null : summary.plan();
		String status = summary == null ? null : summary.status();
		String start = null;
		String end = null;
		Optional<JsonNode> resource = bundle.path("entry").valueStream().map(e -> e.path("resource"))
			.filter(r -> r.path("resourceType").asString().equals("Coverage"))
			.filter(r -> !r.path("status").asString("active").equals("cancelled"))
			.findFirst();
		if (resource.isPresent()) {
			JsonNode coverage = resource.get();
			payer = payer != null ? payer : blankToNull(coverage.path("payor").path(0).path("display").asString(""));
			plan = plan != null ? plan : blankToNull(coverage.path("class").path(0).path("name").asString(
					coverage.path("type").path("text").asString("")));
			status = status != null ? status : blankToNull(coverage.path("status").asString(""));
			start = blankToNull(coverage.path("period").path("start").asString(""));
			end = blankToNull(coverage.path("period").path("end").asString(""));
		}
		List<String> criteria = kase.criteria().stream().map(c -> c.code().code()).toList();
		return new Coverage(payer, plan, status, start, end, coverageRules.match(payer, plan, criteria).orElse(null));
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	static String withoutVersion(String reference) {
		int history = reference.indexOf("/_history/");
		return history < 0 ? reference : reference.substring(0, history);
	}

}
