package org.secondopinion.assessment.criteria;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.ObservationResult;
import org.secondopinion.events.FlagPayload;

/**
 * Red-flag findings with no follow-up (Murphy et al., BMJ Qual Saf 2014): a raised PSA, a positive faecal occult
 * blood test or iron-deficiency anaemia, with no repeat test, no referral, visit or procedure for it and no procedure
 * from the follow-up value set within 60 days.
 */
final class UnfollowedRedFlags {

	private static final Set<String> WITHDRAWN = Set.of("revoked", "entered-in-error");

	private static final Duration COMPANION_WITHIN = Duration.ofDays(30);

	private final CodeSet followUp;

	private final PersistentSymptomsSettings.RedFlags settings;

	UnfollowedRedFlags(CodeSet followUp, PersistentSymptomsSettings.RedFlags settings) {
		this.followUp = followUp;
		this.settings = settings;
	}

	List<Part> find(ClinicalPicture picture, Instant now) {
		List<Part> parts = new ArrayList<>();
		Instant earliest = now.minus(settings.lookback());
		Instant latest = now.minus(settings.followUpWithin());
		for (PersistentSymptomsSettings.RedFlag flag : settings.findings()) {
			for (ObservationResult result : picture.observations()) {
				Instant at = result.effective();
				if (at == null || at.isBefore(earliest) || at.isAfter(latest) || !result.isResult()
						|| !coded(result.code(), flag.codes()) || !reads(result, flag)) {
					continue;
				}
				ObservationResult companion = companion(picture, result, flag);
				if ((!flag.confirmedByLow().isEmpty() && companion == null) || followedUp(picture, result, flag)) {
					continue;
				}
				long days = Duration.between(at, now).toDays();
				String value = result.value() == null ? "" : " (" + result.value() + ")";
				List<FlagPayload.Evidence> evidence = new ArrayList<>();
				evidence.add(new FlagPayload.Evidence(result.reference(),
						result.display() + (result.value() == null ? "" : " " + result.value())));
				if (companion != null) {
					evidence.add(new FlagPayload.Evidence(companion.reference(),
							companion.display() + (companion.value() == null ? "" : " " + companion.value())));
				}
				parts.add(new Part(Wording.article(flag.name()) + " " + flag.name() + value + " on " + Wording.day(at)
						+ " has had no follow-up in the " + days + " days since", evidence, List.of()));
				break;
			}
		}
		return parts;
	}

	private static boolean reads(ObservationResult result, PersistentSymptomsSettings.RedFlag flag) {
		return switch (flag.reading()) {
			case "high" -> result.readsHigh();
			case "low" -> result.readsLow();
			default -> result.reading() == ObservationResult.Reading.ABNORMAL;
		};
	}

	private static @Nullable ObservationResult companion(ClinicalPicture picture, ObservationResult result,
			PersistentSymptomsSettings.RedFlag flag) {
		return picture.observations()
			.stream()
			.filter(o -> o.isResult() && o.effective() != null && coded(o.code(), flag.confirmedByLow()) && o.readsLow()
					&& Duration.between(o.effective(), result.effective()).abs().compareTo(COMPANION_WITHIN) <= 0)
			.findFirst()
			.orElse(null);
	}

	private boolean followedUp(ClinicalPicture picture, ObservationResult result,
			PersistentSymptomsSettings.RedFlag flag) {
		Instant from = result.effective();
		Instant until = from.plus(settings.followUpWithin());
		String reference = "Observation/" + result.id();
		boolean repeated = picture.observations()
			.stream()
			.anyMatch(o -> o.isResult() && o.effective() != null && o.effective().isAfter(from)
					&& !o.effective().isAfter(until) && coded(o.code(), flag.codes()));
		boolean ordered = picture.orders()
			.stream()
			.filter(o -> !WITHDRAWN.contains(o.status()))
			.anyMatch(o -> within(o.authoredOn() != null ? o.authoredOn() : o.occurrence(), from, until)
					&& (o.reasonReferences().contains(reference) || followUp.matches(o.code())
							|| coded(o.code(), flag.codes())));
		boolean seen = picture.visits()
			.stream()
			.anyMatch(v -> v.tookPlace() && within(v.start(), from, until) && v.reasonReferences().contains(reference));
		boolean done = picture.performedProcedures()
			.stream()
			.anyMatch(p -> within(p.performedAt(), from, until)
					&& (followUp.matches(p.concept()) || p.reasonReferences().contains(reference)));
		return repeated || ordered || seen || done;
	}

	private static boolean within(@Nullable Instant at, Instant from, Instant until) {
		return at != null && !at.isBefore(from) && !at.isAfter(until);
	}

	static boolean coded(Concept concept, List<String> codes) {
		return Codes.listed(concept, codes);
	}

}
