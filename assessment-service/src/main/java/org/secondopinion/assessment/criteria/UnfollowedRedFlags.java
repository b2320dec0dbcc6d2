package org.secondopinion.assessment.criteria;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.DiagnosticFinding;
import org.secondopinion.assessment.picture.ServiceOrder;

/**
 * Red-flag findings with no follow-up (Murphy et al., BMJ Qual Saf 2014, and the Singh/Murphy e-triggers after it):
 * test results (a raised PSA, a positive faecal occult blood test, iron-deficiency anaemia, a raised CA-125) and
 * findings wherever the record carries them ({@link RedFlagSignal}: a lung nodule or mass, haematuria, a suspicious
 * mammogram or breast lump, rectal bleeding). It is followed up, in whatever code system the EHR uses, when within 60 days
 * (or the red flag's own window: six months for a lung nodule the record does not call suspicious)
 * comes a repeat of the test (where a repeat counts: not after an iron-deficiency anaemia, a positive FIT or a raised
 * CA-125, whose follow-up is the organ's work-up); a diagnostic procedure on the organ, ordered (carried out, or still on its way: scheduled,
 * else written, within the window before now) or done (the red flag's procedure value set,
 * the shared follow-up value set, or its phrases in the text); a visit or referral to a specialty that sees it; a
 * referral, visit or procedure whose reason is the result or the finding's code; or a diagnosis that explains it, made
 * since (its onset or recorded date), in the window or later: a slow work-up that found the cause did not miss it. A red flag in a patient already diagnosed with the disease it screens for (a raised
 * PSA after a prostate cancer diagnosis) does not count: it monitors a known disease.
 */
final class UnfollowedRedFlags {

	private static final Set<String> WITHDRAWN = Set.of("revoked", "entered-in-error");

	private static final Set<String> WITHDRAWN_PROCEDURES = Set.of("not-done", "entered-in-error");

	private final CodeSet followUp;

	private final PersistentSymptomsSettings.RedFlags settings;

	private final List<RedFlagFollowUp> redFlags;

	UnfollowedRedFlags(ValueSetFiles files, CodeSet followUp, PersistentSymptomsSettings.RedFlags settings) {
		this.followUp = followUp;
		this.settings = settings;
		this.redFlags = settings.findings().stream().map(f -> RedFlagFollowUp.load(files, f)).toList();
	}

	List<CodeSet> valueSets() {
		List<CodeSet> sets = new ArrayList<>();
		redFlags.forEach(r -> sets.addAll(r.valueSets()));
		return sets;
	}

	/** Each red flag's follow-up parameters, keyed {@code red-flags.<name>.…}. */
	Map<String, String> parameters(String prefix) {
		Map<String, String> parameters = new TreeMap<>();
		redFlags.forEach(r -> parameters.putAll(r.parameters(prefix + r.flag().name().replace(' ', '-') + ".")));
		return parameters;
	}

	List<Part> find(ClinicalPicture picture, Instant now) {
		List<Part> parts = new ArrayList<>();
		Instant earliest = now.minus(settings.lookback());
		for (RedFlagFollowUp rule : redFlags) {
			PersistentSymptomsSettings.RedFlag flag = rule.flag();
			for (RedFlagSignal signal : RedFlagSignal.in(picture, rule)) {
				Instant at = signal.at();
				Instant latest = now.minus(rule.window(signal, settings.followUpWithin()));
				if (at.isBefore(earliest) || at.isAfter(latest) || tooYoung(picture, at, flag) || knownBefore(picture, at, rule)
						|| accountedFor(picture, at, rule)
						|| followedUp(picture, signal, rule, now)) {
					continue;
				}
				long days = Duration.between(at, now).toDays();
				String value = signal.value() == null ? "" : " (" + signal.value() + ")";
				parts.add(new Part(Wording.article(flag.name()) + " " + flag.name() + value + " on " + Wording.day(at)
						+ " has had no follow-up in the " + days + " days since", signal.evidence(), List.of()));
				break;
			}
		}
		return parts;
	}

	/** Whether the patient was under the red flag's minimum age on the day; unknown birth dates count as old enough. */
	private boolean tooYoung(ClinicalPicture picture, Instant at, PersistentSymptomsSettings.RedFlag flag) {
		String birthDate = picture.details().birthDate();
		if (flag.minimumAge() == null || birthDate == null || birthDate.length() < 4) {
			return false;
		}
		try {
			LocalDate born = birthDate.length() >= 10 ? LocalDate.parse(birthDate.substring(0, 10))
					: LocalDate.of(Integer.parseInt(birthDate.substring(0, 4)), 1, 1);
			return Period.between(born, LocalDate.ofInstant(at, ZoneOffset.UTC)).getYears() < flag.minimumAge();
		}
		catch (DateTimeException | NumberFormatException ex) {
			return false;
		}
	}

	/**
	 * Whether the disease the red flag screens for was already known on the day of the result, whatever its clinical
	 * status now: a PSA in a man treated for prostate cancer monitors that cancer. Known means recorded on or before
	 * that day, or with an onset more than the follow-up window before it (records migrated later keep the old onset),
	 * or undated. A diagnosis recorded after the result, even with its onset back-dated to the work-up, was not known
	 * at the result: whether it came in time is the follow-up question.
	 */
	private boolean knownBefore(ClinicalPicture picture, Instant at, RedFlagFollowUp rule) {
		Instant longBefore = at.minus(settings.followUpWithin());
		return picture.conditions().stream().filter(c -> !c.refuted() && rule.isKnownDisease(c.code())).anyMatch(c -> {
			if (c.recorded() == null && c.onset() == null) {
				return true;
			}
			return (c.recorded() != null && !c.recorded().isAfter(at))
					|| (c.onset() != null && c.onset().isBefore(longBefore));
		});
	}

	/**
	 * Whether a diagnosis that accounts for the result was active and known on its day: recorded on or before it (or
	 * with an onset before it), and not since resolved before it. Fibroids with heavy menstrual bleeding on the problem
	 * list account for an iron deficiency found at the gynaecology clinic; one diagnosed after the result is the
	 * follow-up question, not this.
	 */
	private static boolean accountedFor(ClinicalPicture picture, Instant at, RedFlagFollowUp rule) {
		return picture.conditions()
			.stream()
			.filter(c -> !c.refuted() && c.isActive() && rule.isAccountedForBy(c.code()))
			.anyMatch(c -> (c.recorded() != null && !c.recorded().isAfter(at)) || (c.onset() != null && !c.onset().isAfter(at)));
	}

	private boolean followedUp(ClinicalPicture picture, RedFlagSignal signal, RedFlagFollowUp rule, Instant now) {
		PersistentSymptomsSettings.RedFlag flag = rule.flag();
		Instant from = signal.at();
		Instant until = from.plus(rule.window(signal, settings.followUpWithin()));
		String reference = signal.reference();
		boolean repeated = flag.repeatCounts() && !flag.codes().isEmpty() && picture.observations()
			.stream()
			.anyMatch(o -> o.isResult() && o.effective() != null && o.effective().isAfter(from)
					&& !o.effective().isAfter(until) && flag.isTest(o.code()));
		// an order is a follow-up when carried out, or still on its way: dated (scheduled, else written) within the
		// window before now; a colonoscopy ordered after a positive FIT, never scheduled and months old, is not
		Instant stale = now.minus(rule.window(signal, settings.followUpWithin()));
		boolean ordered = picture.orders()
			.stream()
			.filter(o -> !WITHDRAWN.contains(o.status()) && ("completed".equals(o.status()) || onItsWay(o, stale)))
			.anyMatch(o -> within(o.authoredOn() != null ? o.authoredOn() : o.occurrence(), from, until)
					&& (o.reasonReferences().contains(reference) || forFinding(o.reasonCodes(), rule) || followUp.matches(o.code())
							|| (flag.repeatCounts() && flag.isTest(o.code())) || rule.isProcedure(o.code())
							|| referral(o, rule)));
		boolean seen = picture.visits()
			.stream()
			.anyMatch(v -> v.tookPlace() && within(v.start(), from, until)
					&& (((signal.test() || laterDay(v.start(), from))
							&& (v.reasonReferences().contains(reference) || forFinding(v.reasonCodes(), rule)))
							|| v.types().stream().anyMatch(rule::isSpecialty)
							|| (v.serviceType() != null && rule.isSpecialty(v.serviceType()))));
		boolean done = picture.performedProcedures()
			.stream()
			.filter(p -> !WITHDRAWN_PROCEDURES.contains(p.status()))
			.anyMatch(p -> within(p.performedAt(), from, until) && (followUp.matches(p.concept())
					|| rule.isProcedure(p.concept()) || p.reasonReferences().contains(reference)
					|| forFinding(p.reasonCodes(), rule)));
		// an imaging or pathology report of a follow-up examination is that examination done, though the EHR may
		// record no Procedure for it (a prostate MRI, a chest CT, a diagnostic mammogram); not the report that found
		// the red flag, nor another of its day (the examination that found it)
		boolean reported = picture.reports()
			.stream()
			.filter(DiagnosticFinding::isReport)
			.anyMatch(r -> !r.reference().equals(reference) && laterDay(r.effective(), from) && within(r.effective(), from, until)
					&& (followUp.matches(r.code()) || rule.isProcedure(r.code())));
		// a diagnosis that explains it ends the question whenever it came: a work-up that took longer than the window
		// and found the cause (a prostate cancer diagnosed four months after the PSA) has not missed it
		boolean explained = picture.conditions()
			.stream()
			.anyMatch(c -> !c.refuted() && rule.explains(c.code())
					&& (within(c.onset(), from, now) || within(c.recorded(), from, now)));
		return repeated || ordered || seen || done || reported || explained;
	}

	/** Whether an order not carried out yet is still on its way: scheduled, or else written, no earlier than {@code stale}. */
	private static boolean onItsWay(ServiceOrder order, Instant stale) {
		Instant dated = order.occurrence() != null ? order.occurrence() : order.authoredOn();
		return dated != null && !dated.isBefore(stale);
	}

	/** A referral, visit or procedure whose reason is coded as the finding itself (a chest CT for R91.1). */
	private static boolean forFinding(List<Concept> reasons, RedFlagFollowUp rule) {
		return reasons.stream().anyMatch(rule::isFinding);
	}

	private static boolean referral(ServiceOrder order, RedFlagFollowUp rule) {
		return rule.isSpecialty(order.code()) || order.performerTypes().stream().anyMatch(rule::isSpecialty)
				|| order.categories().stream().anyMatch(rule::isSpecialty);
	}

	/**
	 * Whether a visit came on a day after the finding: the visit at which a finding was recorded names it as its
	 * diagnosis, and is not its follow-up.
	 */
	private static boolean laterDay(@Nullable Instant visit, Instant finding) {
		return visit != null && visit.truncatedTo(ChronoUnit.DAYS).isAfter(finding.truncatedTo(ChronoUnit.DAYS));
	}

	private static boolean within(@Nullable Instant at, Instant from, Instant until) {
		return at != null && !at.isBefore(from) && !at.isAfter(until);
	}

	static boolean coded(Concept concept, List<String> codes) {
		return Codes.listed(concept, codes);
	}

}
