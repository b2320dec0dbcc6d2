package org.secondopinion.assessment.picture;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/** Converts HAPI FHIR values to the picture's records. */
final class FhirValues {

	private static final String UCUM = "http://unitsofmeasure.org";

	private FhirValues() {
	}

	static List<CodedConcept> codes(CodeableConcept concept) {
		return concept.getCoding()
			.stream()
			.filter(c -> c.hasSystem() && c.hasCode())
			.map(c -> new CodedConcept(c.getSystem(), c.getCode(), c.hasDisplay() ? c.getDisplay() : concept.getText()))
			.toList();
	}

	static Concept concept(CodeableConcept concept) {
		return ConceptTable.shared(new Concept(codes(concept), concept.hasText() ? concept.getText() : null));
	}

	static @Nullable String text(CodeableConcept concept) {
		return concept.hasText() ? concept.getText() : null;
	}

	static List<Concept> concepts(List<CodeableConcept> concepts) {
		return concepts.stream().map(FhirValues::concept).filter(c -> !c.isEmpty()).toList();
	}

	/** {@code Condition/7} from {@code Condition/7}, {@code https://ehr/fhir/Condition/7/_history/2} and the like. */
	static @Nullable String plain(Reference reference) {
		if (!reference.hasReference()) {
			return null;
		}
		var id = reference.getReferenceElement();
		if (!id.hasResourceType() || !id.hasIdPart()) {
			return reference.getReference();
		}
		return id.getResourceType() + "/" + id.getIdPart();
	}

	static List<String> plain(List<Reference> references) {
		return references.stream().map(FhirValues::plain).filter(Objects::nonNull).toList();
	}

	static @Nullable Instant instant(@Nullable Date date) {
		return date == null ? null : date.toInstant();
	}

	/** The start of a dateTime, Period or instant choice; {@code null} for other types (ages, ranges, strings). */
	static @Nullable Instant start(@Nullable Type value) {
		if (value instanceof org.hl7.fhir.r4.model.BaseDateTimeType dateTime) {
			return instant(dateTime.getValue());
		}
		if (value instanceof org.hl7.fhir.r4.model.Period period) {
			return instant(period.hasStart() ? period.getStart() : period.getEnd());
		}
		return null;
	}

	/**
	 * The start of a planned dateTime, Period or instant choice, reading a date written without a time
	 * ({@code 2026-11-18}) as the start of that day in {@code zone}, whatever the JVM's own zone; {@code null} for
	 * other types.
	 */
	static @Nullable Instant scheduled(@Nullable Type value, ZoneId zone) {
		if (value instanceof org.hl7.fhir.r4.model.BaseDateTimeType dateTime) {
			return scheduled(dateTime, zone);
		}
		if (value instanceof org.hl7.fhir.r4.model.Period period) {
			return scheduled(period.hasStart() ? period.getStartElement() : period.getEndElement(), zone);
		}
		return null;
	}

	static @Nullable Instant scheduled(org.hl7.fhir.r4.model.BaseDateTimeType dateTime, ZoneId zone) {
		if (dateTime.getValue() == null) {
			return null;
		}
		if (dateTime.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal()) {
			return dateTime.getValue().toInstant();
		}
		return LocalDate.of(dateTime.getYear(), dateTime.getMonth() + 1, dateTime.getDay()).atStartOfDay(zone).toInstant();
	}

	/**
	 * A FHIR Duration (UCUM {@code s}, {@code min}, {@code h}, {@code d}, {@code wk}, {@code mo}, {@code a}, or the
	 * same spelt out in its unit) as a length of time, a month as 30 days and a year as 365; {@code null} when it has
	 * no value or a unit of no time.
	 */
	static java.time.@Nullable Duration duration(org.hl7.fhir.r4.model.Duration duration) {
		String unit = (duration.hasCode() ? duration.getCode() : duration.hasUnit() ? duration.getUnit() : "")
			.toLowerCase(java.util.Locale.ROOT);
		long seconds = switch (unit.length() > 3 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit) {
			case "s", "second" -> 1;
			case "min", "minute" -> 60;
			case "h", "hour" -> 3600;
			case "d", "day" -> 86_400;
			case "wk", "week" -> 7 * 86_400;
			case "mo", "month" -> 30 * 86_400;
			case "a", "year" -> 365 * 86_400;
			default -> 0;
		};
		if (!duration.hasValue() || seconds == 0) {
			return null;
		}
		return java.time.Duration
			.ofSeconds(duration.getValue().multiply(java.math.BigDecimal.valueOf(seconds)).longValue());
	}

	static Period period(org.hl7.fhir.r4.model.Period period) {
		return new Period(instant(period.getStart()), instant(period.getEnd()));
	}

	static @Nullable Measurement measurement(@Nullable Quantity quantity) {
		if (quantity == null || !quantity.hasValue()) {
			return null;
		}
		String unit = quantity.hasCode() && (!quantity.hasSystem() || UCUM.equals(quantity.getSystem()))
				? quantity.getCode() : quantity.hasUnit() ? quantity.getUnit() : null;
		String comparator = quantity.hasComparator() ? quantity.getComparator().toCode() : null;
		return new Measurement(quantity.getValue(), unit, comparator);
	}

	static List<String> notes(List<Annotation> notes) {
		return notes.stream().filter(Annotation::hasText).map(Annotation::getText).toList();
	}

	/**
	 * The text of an inline text attachment: plain text; HTML or XHTML with the tags removed and the common entities
	 * read; RTF ({@code text/rtf} or {@code application/rtf}, as many EHRs store notes) with its control words and
	 * groups removed. {@code null} for anything else (PDF, images).
	 */
	static @Nullable String text(Attachment attachment) {
		if (!attachment.hasData()) {
			return null;
		}
		String type = (attachment.hasContentType() ? attachment.getContentType() : "text/plain").toLowerCase(java.util.Locale.ROOT);
		boolean rtf = type.startsWith("text/rtf") || type.startsWith("application/rtf");
		boolean markup = type.startsWith("text/html") || type.startsWith("application/xhtml") || type.startsWith("text/xml")
				|| type.startsWith("application/xml");
		if (!type.startsWith("text/") && !rtf && !markup) {
			return null;
		}
		String text = new String(attachment.getData(), StandardCharsets.UTF_8);
		if (rtf) {
			return text.replaceAll("\\\\'[0-9a-fA-F]{2}", " ")
				.replaceAll("\\\\(par|line|tab)\\b ?", "\n")
				.replaceAll("\\{\\\\\\*[^{}]*\\}", " ")
				.replaceAll("\\{\\\\(fonttbl|colortbl|stylesheet)[^}]*(\\{[^}]*\\}[^}]*)*\\}", " ")
				.replaceAll("\\\\[a-zA-Z]+-?[0-9]* ?", "")
				.replaceAll("[{}]", "");
		}
		if (markup) {
			return text.replaceAll("<[^>]*>", " ")
				.replace("&nbsp;", " ")
				.replace("&#39;", "'")
				.replace("&apos;", "'")
				.replace("&quot;", "\"")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
		}
		return text;
	}

	static String code(@Nullable String value) {
		return value == null ? "unknown" : value;
	}

	static @Nullable String firstCode(CodeableConcept concept) {
		return concept.getCoding().stream().filter(c -> c.hasCode()).map(c -> c.getCode()).findFirst().orElse(null);
	}

}
