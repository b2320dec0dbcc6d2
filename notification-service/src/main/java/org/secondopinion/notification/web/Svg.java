package org.secondopinion.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the server-drawn charts share: text that is escaped, wrapped to a width, and numbers written plainly. */
final class Svg {

	/** The series' marker shapes, in legend order, so that a series is told by its shape as well as its colour. */
	static final List<String> SHAPES = List.of("circle", "square", "triangle", "diamond");

	private Svg() {
	}

	static StringBuilder open(String title, int width, int height, String cssClass) {
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
				+ "\" role=\"img\" aria-label=\"" + escape(title) + "\" class=\"" + cssClass + "\">");
	}

	/** A label of 12-pixel text at (x, y). */
	static void text(StringBuilder svg, double x, double y, String anchor, String text) {
		svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor)
			.append("\" font-size=\"12\" fill=\"#1b1b1b\">").append(escape(text)).append("</text>");
	}

	/** The text in lines of at most {@code maxChars}, broken between words (a longer word keeps its own line). */
	static List<String> wrap(String text, int maxChars) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > maxChars) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	/** A marker of the series' shape (by index) centred on (x, y), with a tooltip. */
	static void marker(StringBuilder svg, int series, double x, double y, String colour, String tooltip) {
		String shape = SHAPES.get(series % SHAPES.size());
		String body = switch (shape) {
			case "square" -> "<rect x=\"" + fmt(x - 4) + "\" y=\"" + fmt(y - 4) + "\" width=\"8\" height=\"8\"";
			case "triangle" -> "<polygon points=\"" + fmt(x) + "," + fmt(y - 5) + " " + fmt(x + 5) + "," + fmt(y + 4) + " "
					+ fmt(x - 5) + "," + fmt(y + 4) + "\"";
			case "diamond" -> "<polygon points=\"" + fmt(x) + "," + fmt(y - 5) + " " + fmt(x + 5) + "," + fmt(y) + " "
					+ fmt(x) + "," + fmt(y + 5) + " " + fmt(x - 5) + "," + fmt(y) + "\"";
			default -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"4\"";
		};
		svg.append(body).append(" fill=\"").append(colour).append("\"><title>").append(escape(tooltip))
			.append("</title>").append(body.startsWith("<circle") ? "</circle>" : body.startsWith("<rect") ? "</rect>" : "</polygon>");
	}

	/** A small picture of the series' marker, for a legend. */
	static String swatch(int series, String colour) {
		StringBuilder svg = new StringBuilder("<svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">");
		String shape = SHAPES.get(series % SHAPES.size());
		svg.append(switch (shape) {
			case "square" -> "<rect x=\"2\" y=\"2\" width=\"10\" height=\"10\"";
			case "triangle" -> "<polygon points=\"7,1 13,12 1,12\"";
			case "diamond" -> "<polygon points=\"7,1 13,7 7,13 1,7\"";
			default -> "<circle cx=\"7\" cy=\"7\" r=\"5\"";
		}).append(" fill=\"").append(colour).append("\"/></svg>");
		return svg.toString();
	}

	static String fmt(double value) {
		return Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
