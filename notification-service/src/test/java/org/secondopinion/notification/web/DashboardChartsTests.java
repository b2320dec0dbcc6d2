package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.notification.web.SvgAssertions.assertNoLabelOutsideTheViewBox;
import static org.secondopinion.notification.web.SvgAssertions.xAxisLabels;

class DashboardChartsTests {

	@Test
	void drawsOneDayWithItsDateOnceAndTheSeriesSideBySide() {
		Map<String, List<Long>> series = new LinkedHashMap<>();
		series.put("Major procedure planned", List.of(2L));
		series.put("Rare or complex condition", List.of(2L));
		String svg = DashboardCharts.lines("Cases flagged", List.of(LocalDate.of(2026, 12, 6)), series);

		assertNoLabelOutsideTheViewBox(svg);
		assertThat(xAxisLabels(svg)).containsExactly("6 Dec 2026");
		assertThat(markerXs(svg)).as("two series on the same value do not hide each other").doesNotHaveDuplicates()
			.hasSize(2);
	}

	@Test
	void labelsAFortnightByDayWithoutClippingTheFirstOrLastDate() {
		List<LocalDate> days = days(LocalDate.of(2026, 11, 23), 14);
		String svg = DashboardCharts.lines("Cases flagged", days, Map.of("Major procedure planned", ones(days)));

		assertNoLabelOutsideTheViewBox(svg);
		assertThat(xAxisLabels(svg)).doesNotHaveDuplicates().first().isEqualTo("23 Nov");
		assertThat(xAxisLabels(svg).size()).isBetween(4, 14);
	}

	@Test
	void labelsAYearByMonthWithUniqueTicks() {
		List<LocalDate> days = days(LocalDate.of(2025, 12, 7), 365);
		String svg = DashboardCharts.lines("Cases flagged", days, Map.of("Major procedure planned", ones(days)));

		assertNoLabelOutsideTheViewBox(svg);
		assertThat(xAxisLabels(svg)).doesNotHaveDuplicates().contains("Jan 2026", "Jul 2026").allMatch(l -> l.matches("[A-Z][a-z]{2} 20[0-9]{2}"));
		assertThat(xAxisLabels(svg).size()).isBetween(4, 12);
	}

	@Test
	void writesLongCriterionNamesAboveTheirBarsWrappedInsideTheChart() {
		String longName = "Persistent symptoms despite a normal workup, told nothing is wrong, over many months of visits";
		String svg = DashboardCharts.bars("Acceptance rate per criterion", List.of(longName, "Rare or complex condition"),
				Arrays.asList(100.0, null), 100, " %", null);

		assertNoLabelOutsideTheViewBox(svg);
		assertThat(SvgAssertions.labels(svg)).extracting(SvgAssertions.Label::text).contains("100 %", "no data");
		assertThat(String.join(" ", SvgAssertions.labels(svg).stream().map(SvgAssertions.Label::text)
			.filter(t -> !t.endsWith("%") && !t.equals("no data") && !t.equals("Rare or complex condition")).toList()))
			.isEqualTo(longName);
	}

	@Test
	void drawsATargetAsADashedLineWithItsLabelInside() {
		String svg = DashboardCharts.bars("Minutes from flag to acknowledgement", List.of("Median", "90th percentile"),
				List.of(30.0, 90.0), 90, " min", new DashboardCharts.Reference(240, "Urgent cases: acknowledge within 240 min"));

		assertNoLabelOutsideTheViewBox(svg);
		assertThat(svg).contains("stroke-dasharray").contains("Urgent cases: acknowledge within 240 min");
	}

	private static List<Double> markerXs(String svg) {
		List<Double> xs = new ArrayList<>();
		java.util.regex.Matcher circles = java.util.regex.Pattern.compile("<circle cx=\"([0-9.]+)\"").matcher(svg);
		while (circles.find()) {
			xs.add(Double.parseDouble(circles.group(1)));
		}
		java.util.regex.Matcher squares = java.util.regex.Pattern.compile("<rect x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"8\"").matcher(svg);
		while (squares.find()) {
			xs.add(Double.parseDouble(squares.group(1)) + 4);
		}
		return xs;
	}

	private static List<LocalDate> days(LocalDate first, int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj(first::plusDays).toList();
	}

	private static List<Long> ones(List<LocalDate> days) {
		return days.stream().map(d -> 1L).toList();
	}

}
