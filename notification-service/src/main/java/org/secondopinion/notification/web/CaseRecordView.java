package org.secondopinion.notification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * What the case page shows from the patient's record: the evidence in time order with the day that matters of each
 * (planned for, performed, measured), a chart of each measure that is worsening despite treatment, the coverage with
 * whether a second opinion is commonly covered, how to reach the patient (an audited read of their contact details)
 * and the clinicians behind the evidence.
 */
@Component
class CaseRecordView {

	private static final Logger log = LoggerFactory.getLogger(CaseRecordView.class);

	static final CriterionCode WORSENING = CriterionCode.WORSENING_DESPITE_TREATMENT;

	private final PatientRecordClient records;

	private final CoverageRules coverageRules;

	private final Clinicians clinicians;

	private final AuditTrail audit;

	private final Clock clock;

	CaseRecordView(PatientRecordClient records, CoverageRules coverageRules, Clinicians clinicians, AuditTrail audit,
			Clock clock) {
		this.records = records;
		this.coverageRules = coverageRules;
		this.clinicians = clinicians;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One piece of evidence on the timeline.
	 * @param date the day that matters (planned for, performed, measured), {@code yyyy-MM-dd}
	 * @param label what a coordinator reads, e.g. "Spinal fusion — order, planned for 18 Dec 2026"
	 * @param relative the date against today, e.g. "in 12 days", "3 days overdue"
	 * @param reference the FHIR reference of the flag, for clinicians
	 */
	record TimelineEntry(@Nullable String date, CriterionCode criterion, String reference, String what, @Nullable String value,
			String label, @Nullable String relative) {
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

	/**
	 * Everything the page shows from the record; {@code available} is false when the record could not be read.
	 * @param contact how to reach the patient
	 * @param clinicians who ordered, treats or diagnosed, as the evidence names them
	 * @param dates per criterion code, the day that matters with how far it is from today, e.g. "Planned for
	 * 18 Dec 2026 — in 12 days"
	 */
	record View(boolean available, List<TimelineEntry> timeline, List<Chart> charts, Coverage coverage,
			PatientContact contact, List<Clinicians.Clinician> clinicians, Map<String, String> dates) {
	}

	View of(CaseDetail kase) {
		Set<String> evidence = new LinkedHashSet<>();
		kase.criteria().forEach(c -> c.evidence().forEach(e -> evidence.add(e.reference())));
		JsonNode bundle;
		boolean available = true;
		try {
			bundle = records.record(kase.patient().ref(), evidence);
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
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<TimelineEntry> timeline = new ArrayList<>();
		List<JsonNode> evidenceResources = new ArrayList<>();
		Map<String, String> dates = new LinkedHashMap<>();
		for (IncomingFlag.CriterionMet criterion : kase.criteria()) {
			for (IncomingFlag.Evidence e : criterion.evidence()) {
				JsonNode resource = byReference.get(withoutVersion(e.reference()));
				String what = e.display() != null ? e.display() : resource == null ? readable(e.reference()) : Resources.name(resource);
				ClinicalDates.When when = resource == null ? null : ClinicalDates.of(resource);
				if (resource != null && !evidenceResources.contains(resource)) {
					evidenceResources.add(resource);
				}
				String date = when != null ? when.date().toString() : resource == null ? null : Resources.date(resource);
				String relative = when == null ? null : ClinicalDates.relative(when.date(), today, when.planned());
				timeline.add(new TimelineEntry(date, criterion.code(), e.reference(), what,
						resource == null ? null : Resources.value(resource), when == null ? what : what + " — " + when.text(),
						relative));
				if (when != null && when.planned() && !dates.containsKey(criterion.code().code())) {
					dates.put(criterion.code().code(), "Planned for " + ClinicalDates.day(when.date()) + " — " + relative);
				}
			}
			if (criterion.due() != null) {
				IncomingFlag.Due due = criterion.due();
				dates.put(criterion.code().code(), (due.overdue() ? "Was due " : "Due ") + ClinicalDates.day(due.date()) + " — "
						+ ClinicalDates.relative(due.date(), today, true) + (due.overdue() ? ", not recorded as done" : ""));
			}
		}
		timeline.sort(Comparator.comparing((TimelineEntry t) -> t.date() == null ? "9999" : t.date()));
		PatientContact contact = PatientContact.of(bundle.path("entry").valueStream().map(e -> e.path("resource"))
			.filter(r -> r.path("resourceType").asString().equals("Patient"))
			.findFirst()
			.orElse(null));
		if (!contact.isEmpty()) {
			audit.record(AuditedAccess.read("contact", kase.patient().ref(),
					"Patient/" + kase.patient().id()));
		}
		return new View(available, timeline, charts(kase, bundle, byReference), coverage(kase, bundle), contact,
				clinicians.of(kase.patient().ehrId(), evidenceResources), dates);
	}

	/** {@code ServiceRequest/sr-1/_history/1} read as "Service request": the reference stays beside it. */
	private static String readable(String reference) {
		String type = reference.contains("/") ? reference.substring(0, reference.indexOf('/')) : reference;
		String words = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return words.isEmpty() ? reference : Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
