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

}
