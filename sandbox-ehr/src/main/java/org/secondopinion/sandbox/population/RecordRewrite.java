package org.secondopinion.sandbox.population;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.util.IModelVisitor;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Rewrites the copy of one patient's record into a derived patient's, element by element: references to the record's
 * own resources follow their new ids, identifiers that hold ids (Synthea's UUIDs) get the new ones, every date moves
 * by the same number of days, and the texts that name the patient (reference displays, plain-text notes) name the
 * new identity. References to shared resources (practitioners, organizations) stay as they are.
 */
final class RecordRewrite implements IModelVisitor {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

	/** The length of {@code yyyy-MM-dd}, the start of every date of day precision or finer. */
	private static final int DAY_LENGTH = 10;

	private final UnaryOperator<String> newIds;

	private final Set<String> ownIds;

	private final Set<String> sharedIds;

	private final int shiftDays;

	private final Pattern oldNames;

	private final Map<String, String> newNames;

	/**
	 * @param newIds the new id of an old one (a UUID), the same for every occurrence
	 * @param ownIds the ids of the record's own resources
	 * @param sharedIds the ids of the shared resources, which do not change
	 * @param shiftDays how many days every date moves
	 * @param newNames each part of the patient's old name with the part that replaces it
	 */
	RecordRewrite(UnaryOperator<String> newIds, Set<String> ownIds, Set<String> sharedIds, int shiftDays,
			Map<String, String> newNames) {
		this.newIds = newIds;
		this.ownIds = ownIds;
		this.sharedIds = sharedIds;
		this.shiftDays = shiftDays;
		this.newNames = newNames;
		this.oldNames = newNames.isEmpty() ? Pattern.compile("(?!)")
				: Pattern.compile(newNames.keySet()
					.stream()
					.map(Pattern::quote)
					.collect(Collectors.joining("|", "\\b(", ")\\b")));
	}

	@Override
	public void acceptElement(IBaseResource resource, IBase element, List<String> path,
			BaseRuntimeChildDefinition child, BaseRuntimeElementDefinition<?> definition) {
		switch (element) {
			case Reference reference -> rewrite(reference);
			case Identifier identifier -> {
				if (identifier.hasValue()) {
					identifier.setValue(replaceIds(identifier.getValue()));
				}
			}
			case BaseDateTimeType date -> shift(date);
			case Attachment attachment -> rewrite(attachment);
			default -> {
			}
		}
	}

	private void rewrite(Reference reference) {
		if (reference.hasReference()) {
			IdType target = new IdType(reference.getReference());
			if (target.hasResourceType() && ownIds.contains(target.getIdPart())) {
				reference.setReference(target.getResourceType() + "/" + newIds.apply(target.getIdPart()));
			}
		}
		if (reference.hasDisplay()) {
			reference.setDisplay(rename(reference.getDisplay()));
		}
	}

	private String replaceIds(String value) {
		return UUID.matcher(value)
			.replaceAll(match -> sharedIds.contains(match.group()) ? match.group() : newIds.apply(match.group()));
	}

	private void shift(BaseDateTimeType date) {
		String value = date.getValueAsString();
		if (value == null || value.length() < DAY_LENGTH) {
			return;
		}
		LocalDate day = LocalDate.parse(value.substring(0, DAY_LENGTH));
		date.setValueAsString(day.plusDays(shiftDays) + value.substring(DAY_LENGTH));
	}

	/** Plain-text notes (Synthea's clinical notes) name the patient and start with the date of the visit. */
	private void rewrite(Attachment attachment) {
		if (!attachment.hasData() || !attachment.hasContentType() || !attachment.getContentType().startsWith("text/plain")) {
			return;
		}
		String text = new String(attachment.getData(), StandardCharsets.UTF_8);
		String rewritten = ISO_DATE.matcher(rename(text)).replaceAll(this::shiftedDate);
		attachment.setData(rewritten.getBytes(StandardCharsets.UTF_8));
	}

	private String shiftedDate(MatchResult match) {
		try {
			return LocalDate.parse(match.group(1)).plusDays(shiftDays).toString();
		}
		catch (DateTimeParseException notADate) {
			return Matcher.quoteReplacement(match.group());
		}
	}

	private String rename(String text) {
		return oldNames.matcher(text).replaceAll(match -> Matcher.quoteReplacement(newNames.get(match.group())));
	}

}
