package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The dashboard's charts as inline SVG, drawn on the server with colours that keep AA contrast on white. Each series
 * has its own colour and marker shape; the page gives the numbers once more only in a table behind a disclosure.
 */
final class DashboardCharts {

	/** Distinct, dark enough for 3:1 against white; each series also has its own marker shape in the legend order. */
	static final List<String> COLOURS = List.of("#1a4fa0", "#a4161a", "#1e6b34", "#7a4100", "#5b2a86", "#00606b",
			"#8a1c5a", "#3d3d3d");

	static final int WIDTH = 720;

	private DashboardCharts() {
	}

	/** A reference line across a chart, e.g. a target: where it lies and what it says. */
	record Reference(double value, String label) {
	}

	/**
	 * One line per series over the days, on a time axis whose ticks suit the range; on a single day the series'
	 * points stand side by side instead of on top of each other.
	 * @param days the days, in order, one value per day in each series
	 * @param series name to one value per day
	 */
	static String lines(String title, List<LocalDate> days, Map<String, List<Long>> series) {
		int height = 260;
		int left = 48;
		int right = 24;
		int top = 16;
		int bottom = 40;
		long highest = series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1);
		long max = Math.max(4, (highest + 3) / 4 * 4);
		int plotWidth = WIDTH - left - right;
		int plotHeight = height - top - bottom;
		StringBuilder svg = Svg.open(title, WIDTH, height, "dashboard-chart");
		axes(svg, left, top, plotWidth, plotHeight, max);
		TimeAxis axis = new TimeAxis(days.get(0), days.get(days.size() - 1), left, plotWidth);
		for (TimeAxis.Tick tick : axis.ticks(WIDTH)) {
			svg.append("<line x1=\"").append(Svg.fmt(tick.x())).append("\" x2=\"").append(Svg.fmt(tick.x()))
				.append("\" y1=\"").append(top + plotHeight).append("\" y2=\"").append(top + plotHeight + 5)
				.append("\" stroke=\"#8a9099\"/>");
			Svg.text(svg, tick.labelX(), height - bottom + 20, "middle", tick.label());
		}
		double step = days.size() == 1 ? 40 : (double) plotWidth / (days.size() - 1);
		double dodge = Math.min(8, step / (series.size() + 1));
		int index = 0;
		for (Map.Entry<String, List<Long>> entry : series.entrySet()) {
			String colour = COLOURS.get(index % COLOURS.size());
			double offset = (index - (series.size() - 1) / 2.0) * dodge;
			StringBuilder points = new StringBuilder();
			List<Long> values = entry.getValue();
			for (int i = 0; i < values.size(); i++) {
				double x = axis.x(days.get(i)) + offset;
				double y = top + plotHeight - (double) values.get(i) / max * plotHeight;
				points.append(i == 0 ? "" : " ").append(Svg.fmt(x)).append(',').append(Svg.fmt(y));
				if (values.get(i) > 0 || values.size() == 1) {
					Svg.marker(svg, index, x, y, colour, entry.getKey() + ", " + days.get(i) + ": " + values.get(i));
				}
			}
			if (values.size() > 1) {
				svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
					.append("\" stroke-width=\"2\"><title>").append(Svg.escape(entry.getKey())).append("</title></polyline>");
			}
			index++;
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Horizontal bars, one per label: the label above its bar (wrapped, never clipped), the value written beside it.
	 * @param max the value of a full-width bar
	 * @param reference a target drawn as a dashed line across the bars, if the measure has one
	 */
	static String bars(String title, List<String> labels, List<@Nullable Double> values, double max, String unit,
			@Nullable Reference reference) {
		int left = 8;
		int plotWidth = WIDTH - left - 120;
		int maxChars = (int) ((WIDTH - 2 * left) / TimeAxis.CHAR_WIDTH);
		double scale = reference == null ? max : Math.max(max, reference.value() * 1.1);
		StringBuilder body = new StringBuilder();
		int y = 8;
		for (int i = 0; i < labels.size(); i++) {
			for (String line : Svg.wrap(labels.get(i), maxChars)) {
				y += 16;
				Svg.text(body, left, y, "start", line);
			}
			Double value = values.get(i);
			double barWidth = value == null || scale <= 0 ? 0 : Math.max(0, Math.min(1, value / scale)) * plotWidth;
			body.append("<rect x=\"").append(left).append("\" y=\"").append(y + 6).append("\" width=\"")
				.append(Svg.fmt(barWidth)).append("\" height=\"18\" fill=\"").append(COLOURS.get(0)).append("\"/>");
			Svg.text(body, left + barWidth + 6, y + 20, "start", value == null ? "no data" : Svg.fmt(value) + unit);
			y += 32;
		}
		int barsEnd = y;
		if (reference != null && scale > 0) {
			double x = left + reference.value() / scale * plotWidth;
			body.append("<line x1=\"").append(Svg.fmt(x)).append("\" x2=\"").append(Svg.fmt(x)).append("\" y1=\"8\" y2=\"")
				.append(barsEnd).append("\" stroke=\"#1b1b1b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
			double half = TimeAxis.labelWidth(reference.label()) / 2;
			Svg.text(body, Math.max(half + 2, Math.min(WIDTH - half - 2, x)), barsEnd + 16, "middle", reference.label());
			y += 24;
		}
		int height = Math.max(y + 8, 40);
		return Svg.open(title, WIDTH, height, "dashboard-chart").append(body).append("</svg>").toString();
	}

	/** The marker of the series at {@code index}, in its colour, for the legend beside the chart. */
	static String swatch(int index) {
		return Svg.swatch(index, COLOURS.get(index % COLOURS.size()));
	}

	private static void axes(StringBuilder svg, int left, int top, int plotWidth, int plotHeight, long max) {
		svg.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(plotWidth)
			.append("\" height=\"").append(plotHeight).append("\" fill=\"#ffffff\" stroke=\"#8a9099\"/>");
		for (int tick = 0; tick <= 4; tick++) {
			double y = top + plotHeight - (double) plotHeight * tick / 4;
			svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotWidth).append("\" y1=\"")
				.append(Svg.fmt(y)).append("\" y2=\"").append(Svg.fmt(y)).append("\" stroke=\"#d0d4da\"/>");
			Svg.text(svg, left - 6, y + 4, "end", Svg.fmt(max * tick / 4.0));
		}
	}

}
