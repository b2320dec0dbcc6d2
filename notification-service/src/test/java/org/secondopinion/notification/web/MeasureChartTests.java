package org.secondopinion.notification.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureChartTests {

	@Test
	void drawsOnePointPerValueRisingAsTheValueWorsens() {
		String svg = MeasureChart.svg("Pain <0-10> over time", "score",
				List.of(new MeasureChart.Point("2026-01-05", 4), new MeasureChart.Point("2026-02-05", 6),
						new MeasureChart.Point("2026-04-05", 8)));

		assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"")
			.contains("aria-label=\"Pain &lt;0-10&gt; over time\"");
		assertThat(svg.split("<circle", -1)).hasSize(4);
		assertThat(svg).contains("<title>2026-01-05: 4 score</title>", "<title>2026-04-05: 8 score</title>");
		String points = svg.substring(svg.indexOf("<polyline points=\"") + 18);
		points = points.substring(0, points.indexOf('"'));
		double[] ys = java.util.Arrays.stream(points.split(" ")).mapToDouble(p -> Double.parseDouble(p.split(",")[1])).toArray();
		assertThat(ys[0]).as("higher values are drawn higher up").isGreaterThan(ys[1]);
		assertThat(ys[1]).isGreaterThan(ys[2]);
	}

	@Test
	void drawsAFlatSeriesWithoutDividingByZero() {
		String svg = MeasureChart.svg("HbA1c", "%", List.of(new MeasureChart.Point("2026-01-05", 7),
				new MeasureChart.Point("2026-03-05", 7)));

		assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
	}

	@Test
	void drawsASinglePointInsideTheChartWithItsDateOnce() {
		String svg = MeasureChart.svg("Pain over time", "/10", List.of(new MeasureChart.Point("2026-05-01", 6)));

		SvgAssertions.assertNoLabelOutsideTheViewBox(svg);
		assertThat(SvgAssertions.xAxisLabels(svg)).containsExactly("1 May 2026");
	}

	@Test
	void placesPointsAtTheirDatesAndKeepsTheFirstAndLastLabelsInside() {
		String svg = MeasureChart.svg("HbA1c over time", "%", List.of(new MeasureChart.Point("2026-01-05", 7.4),
				new MeasureChart.Point("2026-01-06", 7.6), new MeasureChart.Point("2026-12-20", 9.3)));

		SvgAssertions.assertNoLabelOutsideTheViewBox(svg);
		assertThat(SvgAssertions.xAxisLabels(svg)).doesNotHaveDuplicates().contains("Feb 2026", "Dec 2026");
		String points = svg.substring(svg.indexOf("<polyline points=\"") + 18);
		double[] xs = java.util.Arrays.stream(points.substring(0, points.indexOf('"')).split(" "))
			.mapToDouble(p -> Double.parseDouble(p.split(",")[0])).toArray();
		assertThat(xs[1] - xs[0]).as("a day apart is drawn close, not a third of the chart apart").isLessThan(3);
	}

	@Test
	void drawsOneDayOfReadingsWithoutRepeatingTheDate() {
		String svg = MeasureChart.svg("Blood pressure", "mmHg", List.of(new MeasureChart.Point("2026-05-01", 150),
				new MeasureChart.Point("2026-05-01", 155)));

		SvgAssertions.assertNoLabelOutsideTheViewBox(svg);
		assertThat(SvgAssertions.xAxisLabels(svg)).containsExactly("1 May 2026");
	}

	@Test
	void drawsTheClinicallyImportantThresholdFromTheBaselineWhenTheReasonGivesIt() {
		List<MeasureChart.Point> points = List.of(new MeasureChart.Point("2026-01-05", 7.4),
				new MeasureChart.Point("2026-05-05", 8.1), new MeasureChart.Point("2026-09-13", 9.3));
		DashboardCharts.Reference threshold = WorseningThreshold.of("HbA1c rose from 7.4% to 9.3% over 252 days "
				+ "(3 values, trend +1.87 where 0.5 matters) despite metformin throughout", points).orElseThrow();

		assertThat(threshold.value()).isCloseTo(7.9, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(threshold.label()).isEqualTo("Clinically important change: 7.9 (baseline 7.4 + 0.5)");
		String svg = MeasureChart.svg("HbA1c over time", "%", points, threshold);
		SvgAssertions.assertNoLabelOutsideTheViewBox(svg);
		assertThat(svg).contains("stroke-dasharray");
		assertThat(WorseningThreshold.of("eGFR fell from 58 mL/min/1.73m2 to 46 mL/min/1.73m2 over 308 days (4 values, "
				+ "trend -12.35 where 5 matters) despite lisinopril throughout", List.of(new MeasureChart.Point("2026-01-01", 58),
						new MeasureChart.Point("2026-11-01", 46))).orElseThrow().value()).isEqualTo(53);
		assertThat(WorseningThreshold.of("HbA1c rose from 7.4% to 9.3% (3 values, trend +1.87 where 0.5 matters)",
				List.of(new MeasureChart.Point("2026-01-05", 57), new MeasureChart.Point("2026-09-13", 78))))
			.as("values in another unit than the rule's: no line rather than a wrong one").isEmpty();
	}

}
