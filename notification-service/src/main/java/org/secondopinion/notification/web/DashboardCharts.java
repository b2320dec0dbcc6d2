package org.secondopinion.notification.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dashboard's charts as inline SVG, drawn on the server with colours that keep AA contrast on white. */
final class DashboardCharts {

	/** Distinct, dark enough for 3:1 against white; each series also has its own marker shape in the legend order. */
	static final List<String> COLOURS = List.of("#1a4fa0", "#a4161a", "#1e6b34", "#7a4100", "#5b2a86", "#00606b",
			"#8a1c5a", "#3d3d3d");

	private DashboardCharts() {
	}

	/**
	 * One line per series over the days.
	 * @param days the x axis labels, in order
	 * @param series name to one value per day
	 */
	static String lines(String title, List<String> days, Map<String, List<Long>> series) {
		int width = 720;
		int height = 260;
		int left = 48;
		int right = 16;
		int top = 16;
		int bottom = 40;
		long highest = series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1);
		long max = Math.max(4, (highest + 3) / 4 * 4);
		int plotWidth = width - left - right;
		int plotHeight = height - top - bottom;
		StringBuilder svg = open(title, width, height);
		axes(svg, left, top, plotWidth, plotHeight, max);
		int index = 0;
		for (Map.Entry<String, List<Long>> entry : series.entrySet()) {
			String colour = COLOURS.get(index++ % COLOURS.size());
			StringBuilder points = new StringBuilder();
			List<Long> values = entry.getValue();
			for (int i = 0; i < values.size(); i++) {
				double x = left + (values.size() == 1 ? plotWidth / 2.0 : (double) plotWidth * i / (values.size() - 1));
				double y = top + plotHeight - (double) values.get(i) / max * plotHeight;
				points.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
				if (values.get(i) > 0) {
					svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"")
						.append(colour).append("\"><title>").append(MeasureChart.escape(entry.getKey() + ", " + days.get(i) + ": "
								+ values.get(i))).append("</title></circle>");
				}
			}
			svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
				.append("\" stroke-width=\"2\"><title>").append(MeasureChart.escape(entry.getKey())).append("</title></polyline>");
		}
		if (!days.isEmpty()) {
			label(svg, left, height - bottom + 18, "start", days.get(0));
			label(svg, left + plotWidth, height - bottom + 18, "end", days.get(days.size() - 1));
		}
		return svg.append("</svg>").toString();
	}

	/** Horizontal bars, one per label; values between 0 and {@code max}, with the value written beside each bar. */
	static String bars(String title, List<String> labels, List<Double> values, double max, String unit) {
		int rowHeight = 28;
		int left = 250;
		int width = 720;
		int height = Math.max(1, labels.size()) * rowHeight + 16;
		int plotWidth = width - left - 90;
		StringBuilder svg = open(title, width, height);
		for (int i = 0; i < labels.size(); i++) {
			double value = values.get(i) == null ? 0 : values.get(i);
			int y = 8 + i * rowHeight;
			double barWidth = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max)) * plotWidth;
			label(svg, left - 8, y + 17, "end", labels.get(i));
			svg.append("<rect x=\"").append(left).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(barWidth))
				.append("\" height=\"18\" fill=\"").append(COLOURS.get(0)).append("\"/>");
			label(svg, left + (int) barWidth + 6, y + 17, "start",
					values.get(i) == null ? "no data" : fmt(value) + unit);
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String title, int width, int height) {
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
				+ "\" role=\"img\" aria-label=\"" + MeasureChart.escape(title) + "\">");
	}

	private static void axes(StringBuilder svg, int left, int top, int plotWidth, int plotHeight, long max) {
		svg.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(plotWidth)
			.append("\" height=\"").append(plotHeight).append("\" fill=\"#ffffff\" stroke=\"#8a9099\"/>");
		for (int tick = 0; tick <= 4; tick++) {
			double y = top + plotHeight - (double) plotHeight * tick / 4;
			svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotWidth).append("\" y1=\"")
				.append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d4da\"/>");
			label(svg, left - 6, (int) y + 4, "end", fmt(max * tick / 4.0));
		}
	}

	private static void label(StringBuilder svg, int x, int y, String anchor, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
			.append("\" font-size=\"13\" fill=\"#1b1b1b\">").append(MeasureChart.escape(text)).append("</text>");
	}

	private static String fmt(double value) {
		return Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
