package org.secondopinion.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads back the labels of a server-drawn chart: where each lies and what it says. */
final class SvgAssertions {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9]+) ([0-9]+)\"");

	private static final Pattern TEXT = Pattern.compile(
			"<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" text-anchor=\"(start|middle|end)\"[^>]*>([^<]*)</text>");

	private SvgAssertions() {
	}

	record Label(double x, double y, String anchor, String text) {

		double leftEdge() {
			double width = TimeAxis.labelWidth(text);
			return anchor.equals("start") ? x : anchor.equals("middle") ? x - width / 2 : x - width;
		}

		double rightEdge() {
			return leftEdge() + TimeAxis.labelWidth(text);
		}

	}

	static List<Label> labels(String svg) {
		List<Label> labels = new ArrayList<>();
		Matcher matcher = TEXT.matcher(svg);
		while (matcher.find()) {
			labels.add(new Label(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
					matcher.group(3), matcher.group(4).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")));
		}
		return labels;
	}

	/** The labels under the plot, the x axis's: those on the lowest line of text. */
	static List<String> xAxisLabels(String svg) {
		List<Label> labels = labels(svg);
		double lowest = labels.stream().mapToDouble(Label::y).max().orElse(0);
		return labels.stream().filter(l -> l.y() == lowest).map(Label::text).toList();
	}

	/** Every label, as wide as it is estimated to be drawn, lies wholly inside the viewBox. */
	static void assertNoLabelOutsideTheViewBox(String svg) {
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).as("the chart has a viewBox").isTrue();
		double width = Double.parseDouble(box.group(1));
		double height = Double.parseDouble(box.group(2));
		for (Label label : labels(svg)) {
			assertThat(label.leftEdge()).as("left edge of '%s'", label.text()).isGreaterThanOrEqualTo(0);
			assertThat(label.rightEdge()).as("right edge of '%s'", label.text()).isLessThanOrEqualTo(width);
			assertThat(label.y()).as("baseline of '%s'", label.text()).isBetween(10.0, height);
		}
		assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
	}

}
