package org.secondopinion.notification.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.CaseScope;
import org.secondopinion.notification.cases.CaseStatistics;
import org.secondopinion.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Aggregates for coordinators (their facilities) and admins: the precision report and the dashboard data. They
 * name no patient, so reading them is not a PHI access.
 */
@RestController
class ReportController {

	private static final int MAX_DAYS = 366;

	private final CaseStatistics statistics;

	private final CurrentUsers users;

	private final Clock clock;

	ReportController(CaseStatistics statistics, CurrentUsers users, Clock clock) {
		this.statistics = statistics;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Per criterion: closed cases by outcome, precision = share of closed cases that were not closed as not needed,
	 * and the not-needed reasons, so rule owners see where a criterion fires without cause.
	 */
	@Operation(summary = "Rule precision per criterion: how coordinators closed the cases each criterion raised")
	@GetMapping("/api/v1/reports/precision")
	PrecisionReport precision(@RequestParam(defaultValue = "90") int days,
			@RequestParam(required = false) @Nullable String facility) {
		Instant since = since(days);
		Map<String, PrecisionRow> rows = new TreeMap<>();
		for (CaseStatistics.OutcomeCount count : statistics.outcomes(since, scope(facility))) {
			if (!"closed".equals(count.status())) {
				continue;
			}
			PrecisionRow row = rows.computeIfAbsent(count.criterion(), PrecisionRow::new);
			row.closed += count.count();
			switch (String.valueOf(count.outcome())) {
				case "second-opinion-obtained" -> row.secondOpinionObtained += count.count();
				case "patient-declined" -> row.patientDeclined += count.count();
				case "not-needed" -> {
					row.notNeeded += count.count();
					row.notNeededReasons.merge(String.valueOf(count.reasonCode()), count.count(), Long::sum);
				}
				default -> {
				}
			}
		}
		return new PrecisionReport(since, clock.instant(), rows.values().stream().map(PrecisionRow::view).toList());
	}

	/** Dashboard data: cases per criterion per day, time to acknowledge, acceptance per criterion. */
	@Operation(summary = "The dashboard figures: cases by status, priority and criterion, ages and throughput")
	@GetMapping("/api/v1/dashboard")
	Dashboard dashboard(@RequestParam(defaultValue = "30") int days,
			@RequestParam(required = false) @Nullable String facility) {
		Instant since = since(days);
		CaseScope scope = scope(facility);
		Map<String, long[]> acceptance = new TreeMap<>();
		for (CaseStatistics.OutcomeCount count : statistics.outcomes(since, scope)) {
			long[] row = acceptance.computeIfAbsent(count.criterion(), c -> new long[3]);
			if (count.referred() || "second-opinion-obtained".equals(count.outcome())) {
				row[0] += count.count();
			}
			if ("not-needed".equals(count.outcome())) {
				row[1] += count.count();
			}
			row[2] += count.count();
		}
		List<Acceptance> rates = new ArrayList<>();
		acceptance.forEach((criterion, row) -> rates.add(new Acceptance(criterion, row[2], row[0], row[1],
				row[0] + row[1] == 0 ? null : ratio(row[0], row[0] + row[1]))));
		return new Dashboard(since, clock.instant(), statistics.casesPerCriterionPerDay(since, scope).stream()
			.map(d -> new DailyFlags(d.day(), d.criterion(), d.count()))
			.toList(), statistics.acknowledgementTimes(since, scope), rates);
	}

	private Instant since(int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "days must be between 1 and " + MAX_DAYS);
		}
		return clock.instant().minus(Duration.ofDays(days));
	}

	private CaseScope scope(@Nullable String facility) {
		CaseScope scope = CaseScope.of(users.current());
		if (facility == null) {
			return scope;
		}
		return scope.narrowedTo(facility)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
					"You may not see facility '" + facility + "'"));
	}

	private static double ratio(long part, long whole) {
		return Math.round(part * 1000.0 / whole) / 1000.0;
	}

	private static final class PrecisionRow {

		private final String criterion;

		private long closed;

		private long secondOpinionObtained;

		private long patientDeclined;

		private long notNeeded;

		private final Map<String, Long> notNeededReasons = new LinkedHashMap<>();

		PrecisionRow(String criterion) {
			this.criterion = criterion;
		}

		CriterionPrecision view() {
			return new CriterionPrecision(criterion, closed, secondOpinionObtained, patientDeclined, notNeeded,
					closed == 0 ? null : ratio(closed - notNeeded, closed), notNeededReasons);
		}

	}

	record PrecisionReport(Instant from, Instant to, List<CriterionPrecision> criteria) {
	}

	/** @param precision share of closed cases not closed as not needed; null when none is closed */
	record CriterionPrecision(String criterion, long closed, long secondOpinionObtained, long patientDeclined,
			long notNeeded, @Nullable Double precision, Map<String, Long> notNeededReasons) {
	}

	record Dashboard(Instant from, Instant to, List<DailyFlags> flagsPerCriterionPerDay,
			CaseStatistics.AcknowledgementTimes timeToAcknowledge, List<Acceptance> acceptance) {
	}

	record DailyFlags(LocalDate day, String criterion, long cases) {
	}

	/**
	 * @param accepted cases referred or closed with a second opinion obtained
	 * @param acceptanceRate accepted / (accepted + not needed); null before any is decided
	 */
	record Acceptance(String criterion, long cases, long accepted, long notNeeded, @Nullable Double acceptanceRate) {
	}

}
