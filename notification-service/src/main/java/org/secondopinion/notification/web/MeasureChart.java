package org.secondopinion.notification.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A line chart of one measure over time as inline SVG, drawn on the server: no script, readable when printed. Points
 * stand at their dates on a time axis; the threshold the rule judges worsening by, when known, is a dashed line.
 * The page gives the values as a table as well, behind a disclosure.
 */
final class MeasureChart {

	static final int WIDTH = 640;

	private static final int HEIGHT = 240;

	private static final int LEFT = 56;

	private static final int RIGHT = 24;

	private static final int TOP = 16;

	private static final int BOTTOM = 40;

	private MeasureChart() {
	}

	/** One value of the measure at a date ({@code yyyy-MM-dd}). */
	record Point(String date, double value) {
	}

	/** @param points at least one, in time order */
	static String svg(String title, String unit, List<Point> points) {
		return svg(title, unit, points, null);
	}

	/**
	 * @param points at least one, in time order
	 * @param threshold the value from which the change counts as clinically important, if known
	 */
	static String svg(String title, String unit, List<Point> points, DashboardCharts.@Nullable Reference threshold) {
		double min = points.stream().mapToDouble(Point::value).min().orElse(0);
		double max = points.stream().mapToDouble(Point::value).max().orElse(1);
		if (threshold != null) {
			min = Math.min(min, threshold.value());
			max = Math.max(max, threshold.value());
		}
		if (max - min < 1e-9) {
			max = min + 1;
		}
		double padding = (max - min) * 0.1;
		double low = min - padding;
		double high = max + padding;
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder svg = Svg.open(title, WIDTH, HEIGHT, "measure-chart");
		svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(plotWidth)
			.append("\" height=\"").append(plotHeight).append("\" fill=\"#ffffff\" stroke=\"#8a9099\"/>");
		String previous = null;
		for (int tick = 0; tick <= 4; tick++) {
			double value = low + (high - low) * tick / 4;
			double y = TOP + plotHeight - (double) plotHeight * tick / 4;
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"")
				.append(Svg.fmt(y)).append("\" y2=\"").append(Svg.fmt(y)).append("\" stroke=\"#d0d4da\"/>");
			String label = label(value, high - low);
			if (!label.equals(previous)) {
				Svg.text(svg, LEFT - 6, y + 4, "end", label);
			}
			previous = label;
		}
		TimeAxis axis = new TimeAxis(TimeAxis.day(points.get(0).date()), TimeAxis.day(points.get(points.size() - 1).date()),
				LEFT, plotWidth);
		for (TimeAxis.Tick tick : axis.ticks(WIDTH)) {
			svg.append("<line x1=\"").append(Svg.fmt(tick.x())).append("\" x2=\"").append(Svg.fmt(tick.x()))
				.append("\" y1=\"").append(TOP + plotHeight).append("\" y2=\"").append(TOP + plotHeight + 5)
				.append("\" stroke=\"#8a9099\"/>");
			Svg.text(svg, tick.labelX(), HEIGHT - BOTTOM + 20, "middle", tick.label());
		}
		if (threshold != null) {
			double y = TOP + plotHeight - (threshold.value() - low) / (high - low) * plotHeight;
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"")
				.append(Svg.fmt(y)).append("\" y2=\"").append(Svg.fmt(y))
				.append("\" stroke=\"#1b1b1b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>")
				.append(Svg.escape(threshold.label())).append("</title></line>");
			double labelY = y - 6 < TOP + 12 ? y + 16 : y - 6;
			Svg.text(svg, LEFT + plotWidth - 4, labelY, "end", threshold.label());
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			LocalDate day = TimeAxis.day(points.get(i).date());
			double x = axis.x(day);
			double y = TOP + plotHeight - (points.get(i).value() - low) / (high - low) * plotHeight;
			line.append(i == 0 ? "" : " ").append(Svg.fmt(x)).append(',').append(Svg.fmt(y));
			Svg.marker(svg, 0, x, y, "#a4161a",
					points.get(i).date() + ": " + Svg.fmt(points.get(i).value()) + (unit.isEmpty() ? "" : " " + unit));
		}
		if (points.size() > 1) {
			svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#a4161a\" stroke-width=\"2\"/>");
		}
		svg.append("<text x=\"14\" y=\"").append(TOP + plotHeight / 2).append("\" font-size=\"12\" fill=\"#1b1b1b\" transform=\"rotate(-90 14 ")
			.append(TOP + plotHeight / 2).append(")\" text-anchor=\"middle\">").append(Svg.escape(unit)).append("</text>");
		return svg.append("</svg>").toString();
	}

	/** A value axis label with as many decimals as the range needs. */
	private static String label(double value, double range) {
		return range >= 4 ? Svg.fmt(Math.round(value * 10) / 10.0)
				: String.format(java.util.Locale.ROOT, range >= 0.4 ? "%.1f" : "%.2f", value);
	}

	static String escape(String text) {
		return Svg.escape(text);
	}

}
