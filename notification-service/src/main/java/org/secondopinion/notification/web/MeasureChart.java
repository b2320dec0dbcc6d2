package org.secondopinion.notification.web;

import java.util.List;
import java.util.Locale;

/**
 * A line chart of one measure over time as inline SVG, drawn on the server: no script, readable when printed, with
 * the values also given as text for screen readers.
 */
final class MeasureChart {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 240;

	private static final int LEFT = 56;

	private static final int RIGHT = 16;

	private static final int TOP = 16;

	private static final int BOTTOM = 40;

	private MeasureChart() {
	}

	/** One value of the measure at a date ({@code yyyy-MM-dd}). */
	record Point(String date, double value) {
	}

	/** @param points at least two, in time order */
	static String svg(String title, String unit, List<Point> points) {
		double min = points.stream().mapToDouble(Point::value).min().orElse(0);
		double max = points.stream().mapToDouble(Point::value).max().orElse(1);
		if (max - min < 1e-9) {
			max = min + 1;
		}
		double padding = (max - min) * 0.1;
		double low = min - padding;
		double high = max + padding;
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" class=\"measure-chart\">");
		svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(plotWidth)
			.append("\" height=\"").append(plotHeight).append("\" fill=\"#ffffff\" stroke=\"#8a9099\"/>");
		for (int tick = 0; tick <= 4; tick++) {
			double value = low + (high - low) * tick / 4;
			double y = TOP + plotHeight - (double) plotHeight * tick / 4;
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"")
				.append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d4da\"/>");
			svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">").append(fmt(value)).append("</text>");
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			double x = LEFT + (points.size() == 1 ? plotWidth / 2.0 : (double) plotWidth * i / (points.size() - 1));
			double y = TOP + plotHeight - (points.get(i).value() - low) / (high - low) * plotHeight;
			line.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
			svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
				.append("\" r=\"4\" fill=\"#a4161a\"><title>").append(escape(points.get(i).date())).append(": ")
				.append(fmt(points.get(i).value())).append(' ').append(escape(unit)).append("</title></circle>");
			if (i == 0 || i == points.size() - 1 || points.size() <= 6) {
				svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
					.append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">")
					.append(escape(points.get(i).date())).append("</text>");
			}
		}
		svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#a4161a\" stroke-width=\"2\"/>");
		svg.append("<text x=\"12\" y=\"").append(TOP + plotHeight / 2).append("\" font-size=\"12\" fill=\"#1b1b1b\" transform=\"rotate(-90 12 ")
			.append(TOP + plotHeight / 2).append(")\" text-anchor=\"middle\">").append(escape(unit)).append("</text>");
		return svg.append("</svg>").toString();
	}

	private static String fmt(double value) {
		return Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
