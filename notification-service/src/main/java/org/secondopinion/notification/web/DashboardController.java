package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.secondopinion.events.EventCodec;
import org.secondopinion.notification.cases.ResponseTimes;
import org.secondopinion.security.CurrentUsers;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard page at {@code /dashboard}: a client of this service's own {@code GET /api/v1/dashboard}, called with
 * the signed-in coordinator's access token (renewed by Spring Security when it expires), so the page shows exactly
 * what the API grants that user. Charts are drawn on the server; their numbers are also in tables behind a
 * disclosure, so that a screen reader user has them and nobody sees them twice.
 */
@Controller
class DashboardController {

	private static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

	private final CurrentUsers users;

	private final Labels labels;

	private final EventCodec codec;

	private final ResponseTimes responseTimes;

	DashboardController(CurrentUsers users, Labels labels, EventCodec codec, ResponseTimes responseTimes) {
		this.users = users;
		this.labels = labels;
		this.codec = codec;
		this.responseTimes = responseTimes;
	}

	@Operation(summary = "The dashboard page (HTML, coordinator UI)")
	@GetMapping("/dashboard")
	String dashboard(@RequestParam(defaultValue = "30") int days,
			@RegisteredOAuth2AuthorizedClient(UiSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client,
			HttpServletRequest request, Model model) {
		int period = PERIODS.contains(days) ? days : 30;
		JsonNode data = codec.mapper().readTree(RestClient.create("http://127.0.0.1:" + request.getLocalPort())
			.get()
			.uri("/api/v1/dashboard?days={days}", period)
			.headers(h -> h.setBearerAuth(client.getAccessToken().getTokenValue()))
			.retrieve()
			.body(String.class));
		model.addAttribute("user", users.current());
		model.addAttribute("days", period);
		model.addAttribute("periods", PERIODS);
		flags(data.path("flagsPerCriterionPerDay"), model);
		JsonNode acknowledge = data.path("timeToAcknowledge");
		model.addAttribute("acknowledged", acknowledge.path("acknowledged").asLong());
		List<String> measures = List.of("Median", "90th percentile", "Mean");
		List<Double> minutes = new ArrayList<>();
		for (String field : new String[] { "medianMinutes", "p90Minutes", "meanMinutes" }) {
			minutes.add(acknowledge.path(field).isNumber() ? acknowledge.path(field).asDouble() : null);
		}
		model.addAttribute("ackRows", rows(measures, minutes));
		double slowest = minutes.stream().filter(m -> m != null).mapToDouble(Double::doubleValue).max().orElse(1);
		long urgentMinutes = responseTimes.urgent().toMinutes();
		model.addAttribute("ackTarget", urgentMinutes);
		model.addAttribute("ackChart", DashboardCharts.bars("Minutes from flag to acknowledgement", measures, minutes,
				Math.max(1, slowest), " min", new DashboardCharts.Reference(urgentMinutes,
						"Urgent cases: acknowledge within " + urgentMinutes + " min")));
		List<String> criteria = new ArrayList<>();
		List<Double> rates = new ArrayList<>();
		List<Map<String, Object>> acceptance = new ArrayList<>();
		for (JsonNode row : data.path("acceptance")) {
			String criterion = labels.criterion(row.path("criterion").asString());
			Double rate = row.path("acceptanceRate").isNumber() ? row.path("acceptanceRate").asDouble() * 100 : null;
			criteria.add(criterion);
			rates.add(rate);
			acceptance.add(Map.of("criterion", criterion, "cases", row.path("cases").asLong(), "accepted",
					row.path("accepted").asLong(), "notNeeded", row.path("notNeeded").asLong(), "rate",
					rate == null ? "no decision yet" : Math.round(rate) + " %"));
		}
		model.addAttribute("acceptance", acceptance);
		model.addAttribute("acceptanceChart",
				DashboardCharts.bars("Acceptance rate per criterion", criteria, rates, 100, " %", null));
		return "dashboard";
	}

	private void flags(JsonNode daily, Model model) {
		TreeSet<LocalDate> days = new TreeSet<>();
		Map<String, Map<LocalDate, Long>> byCriterion = new LinkedHashMap<>();
		for (JsonNode row : daily) {
			LocalDate day = LocalDate.parse(row.path("day").asString());
			days.add(day);
			byCriterion.computeIfAbsent(labels.criterion(row.path("criterion").asString()), c -> new LinkedHashMap<>())
				.merge(day, row.path("cases").asLong(), Long::sum);
		}
		List<LocalDate> dayList = new ArrayList<>();
		if (!days.isEmpty()) {
			for (LocalDate day = days.first(); !day.isAfter(days.last()); day = day.plusDays(1)) {
				dayList.add(day);
			}
		}
		Map<String, List<Long>> series = new LinkedHashMap<>();
		List<Map<String, Object>> totals = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, Map<LocalDate, Long>> entry : byCriterion.entrySet()) {
			series.put(entry.getKey(), dayList.stream().map(d -> entry.getValue().getOrDefault(d, 0L)).toList());
			totals.add(Map.of("criterion", entry.getKey(), "cases",
					entry.getValue().values().stream().mapToLong(Long::longValue).sum(), "swatch",
					DashboardCharts.swatch(index++)));
		}
		List<Map<String, Object>> perDay = new ArrayList<>();
		for (int i = 0; i < dayList.size(); i++) {
			int day = i;
			if (series.values().stream().anyMatch(values -> values.get(day) > 0)) {
				perDay.add(Map.of("day", dayList.get(i).toString(), "counts",
						series.values().stream().map(values -> values.get(day)).toList()));
			}
		}
		model.addAttribute("flagTotals", totals);
		model.addAttribute("flagSeries", List.copyOf(series.keySet()));
		model.addAttribute("flagsPerDay", perDay);
		model.addAttribute("flagsChart", dayList.isEmpty() ? null
				: DashboardCharts.lines("Cases flagged per criterion per day", dayList, series));
	}

	private static List<Map<String, Object>> rows(List<String> names, List<Double> values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			rows.add(Map.of("name", names.get(i), "value", values.get(i) == null ? "no data" : values.get(i) + " minutes"));
		}
		return rows;
	}

}
