package org.secondopinion.localstack.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Moves every FHIR {@code date}, {@code dateTime} and {@code instant} of a resource by whole days, keeping each
 * value's precision and offset, so that records written against one day read the same on another. Partial dates
 * (a year, a year and month) are kept: a shift of days means nothing to them.
 */
final class DateShift {

	/** A FHIR date, dateTime or instant with at least a full day: {@code 2026-11-01}, {@code 2026-11-01T09:30:00Z}. */
	private static final Pattern FULL_DATE = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?");

	private final long days;

	DateShift(long days) {
		this.days = days;
	}

	/** A copy of {@code node} with every date moved. */
	JsonNode apply(JsonNode node) {
		JsonNode copy = node.deepCopy();
		shift(copy);
		return copy;
	}

	private void shift(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				if (field.getValue().isString()) {
					String moved = shift(field.getValue().asString());
					if (moved != null) {
						object.set(field.getKey(), StringNode.valueOf(moved));
					}
				}
				else {
					shift(field.getValue());
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.get(i).isString()) {
					String moved = shift(array.get(i).asString());
					if (moved != null) {
						array.set(i, StringNode.valueOf(moved));
					}
				}
				else {
					shift(array.get(i));
				}
			}
		}
	}

	/**
	 * The value moved, or null when it is not a full date. Adding days keeps the time of day and the offset, so
	 * only the date part changes and the writer's precision stays as it was.
	 */
	@Nullable String shift(String value) {
		if (!FULL_DATE.matcher(value).matches()) {
			return null;
		}
		return LocalDate.parse(value.substring(0, 10)).plusDays(days) + value.substring(10);
	}

}
