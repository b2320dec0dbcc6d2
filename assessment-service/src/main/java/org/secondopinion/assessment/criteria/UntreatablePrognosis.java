package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.CarePlanEntry;
import org.secondopinion.assessment.picture.ClinicalNote;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.secondopinion.assessment.picture.RecordedCondition;
import org.secondopinion.assessment.picture.ServiceOrder;
import org.secondopinion.assessment.picture.Visit;
import org.secondopinion.events.CriterionCode;
import org.springframework.stereotype.Component;

/**
 * A condition called untreatable: an active condition with a no-treatment signal, that is a palliative or hospice
 * care plan, referral, procedure (under way or done) or visit (coded, from the palliative-care value set), or a condition note, clinical note or care plan's
 * description or note with one of the configured phrases ("no … treatment options", "nothing more can be done", …),
 * not counting the sentences about a relative's own care ({@link OtherPersons}). A second opinion already on record
 * for the same problem suppresses it, as it does every criterion.
 */
@Component
class UntreatablePrognosis implements Criterion {

	static final CriterionCode CODE = CriterionCode.UNTREATABLE_PROGNOSIS;

	private static final Set<String> LIVE_PLANS = Set.of("draft", "active", "on-hold");

	private static final Set<String> LIVE_REFERRALS = Set.of("draft", "active", "on-hold", "completed");

	private static final Set<String> LIVE_NOTES = Set.of("current");

	private static final Set<String> CARE_GIVEN = Set.of("in-progress", "completed");

	private final CodeSet palliativeCare;

	private final Phrases phrases;

	private final Phrases continuingTreatment;

	private final UntreatableSettings settings;

	UntreatablePrognosis(ValueSetFiles files, UntreatableSettings settings) {
		this.palliativeCare = files.valueSet(settings.palliativeCare());
		this.phrases = new Phrases(settings.phrases());
		this.continuingTreatment = new Phrases(settings.continuingTreatment() == null ? List.of() : settings.continuingTreatment());
		this.settings = settings;
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "An active condition with a no-treatment signal: a palliative or hospice care plan, referral, procedure or "
				+ "visit, or a "
				+ "condition or clinical note with a configured phrase such as 'no treatment options'.";
	}

	@Override
	public List<CodeSet> valueSets() {
		return List.of(palliativeCare);
	}

	@Override
	public Map<String, String> parameters() {
		return Map.of("untreatable.palliative-care", palliativeCare.describe(), "untreatable.phrases",
				String.join("; ", phrases.phrases()), "untreatable.within", settings.within().toString(),
				"untreatable.continuing-treatment", String.join("; ", continuingTreatment.phrases()));
	}

	/** One no-treatment signal and the active conditions it is about (all of them when it names none). */
	private record Signal(String reference, String display, String sentence, List<RecordedCondition> about,
			@Nullable Instant at) {
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		List<RecordedCondition> active = picture.conditions().stream().filter(RecordedCondition::isActive).toList();
		if (active.isEmpty()) {
			return Optional.empty();
		}
		List<Signal> signals = new ArrayList<>();
		Instant since = now.minus(settings.within());
		for (CarePlanEntry plan : picture.carePlans()) {
			if (LIVE_PLANS.contains(plan.status()) && (plan.categories().stream().anyMatch(palliativeCare::matches)
					|| plan.activities().stream().anyMatch(a -> palliativeCare.matches(a.code())))) {
				add(signals, picture, plan.reference(), plan.display(), plan.addresses(), "care has moved to a palliative care plan",
						plan.period().start());
			}
		}
		for (CarePlanEntry plan : picture.carePlans()) {
			if (LIVE_PLANS.contains(plan.status())) {
				List<String> texts = new ArrayList<>(plan.notes());
				if (plan.description() != null) {
					texts.add(0, plan.description());
				}
				phrases.find(texts.stream().map(UntreatablePrognosis::ownedSentences).toList())
					.ifPresent(phrase -> add(signals, picture, plan.reference(), plan.display(), plan.addresses(),
							"a care plan says \"" + phrase + "\"", plan.period().start()));
			}
		}
		for (ServiceOrder order : picture.orders()) {
			Instant ordered = order.authoredOn() != null ? order.authoredOn() : order.occurrence();
			if (LIVE_REFERRALS.contains(order.status()) && recent(ordered, since) && (palliativeCare.matches(order.code())
					|| order.categories().stream().anyMatch(palliativeCare::matches)
					|| order.performerTypes().stream().anyMatch(palliativeCare::matches))) {
				String service = Wording.lower(order.display());
				add(signals, picture, order.reference(), order.display(), order.reasonReferences(),
						"a " + (service.startsWith("referral to ") ? service : "referral to " + service) + " was made", ordered);
			}
		}
		for (PerformedProcedure procedure : picture.performedProcedures()) {
			if (CARE_GIVEN.contains(procedure.status()) && recent(procedure.performedAt(), since)
					&& palliativeCare.matches(procedure.concept())) {
				add(signals, picture, procedure.reference(), procedure.display(), procedure.reasonReferences(),
						"the record shows " + Wording.lower(procedure.display()), procedure.performedAt());
			}
		}
		for (Visit visit : picture.visits()) {
			Instant visited = visit.period().end() != null ? visit.period().end() : visit.period().start();
			if (visit.tookPlace() && recent(visited, since) && (visit.types().stream().anyMatch(palliativeCare::matches)
					|| (visit.serviceType() != null && palliativeCare.matches(visit.serviceType()))
					|| visit.reasonCodes().stream().anyMatch(palliativeCare::matches))) {
				add(signals, picture, visit.reference(), visit.display(), visit.reasonReferences(),
						"a visit for " + Wording.lower(palliativeName(visit)) + " took place", visited);
			}
		}
		for (RecordedCondition condition : active) {
			phrases.find(condition.notes().stream().map(UntreatablePrognosis::ownedSentences).toList())
				.ifPresent(phrase -> signals.add(new Signal(condition.reference(), condition.display(),
						"a note on it says \"" + phrase + "\"", List.of(condition), condition.recorded())));
		}
		for (ClinicalNote note : picture.notes()) {
			if (LIVE_NOTES.contains(note.status()) && recent(note.date(), since)) {
				phrases.find(ownedSentences(note.text()))
					.ifPresent(phrase -> add(signals, picture, note.reference(), noteName(note), note.related(),
							"a clinical note says \"" + phrase + "\"", note.date()));
			}
		}
		// a later note that says disease-directed treatment goes on (palliative care alongside it, a live discharge from
		// hospice) outweighs the signals before it, and those of its own day
		Instant continuing = picture.notes()
			.stream()
			.filter(n -> LIVE_NOTES.contains(n.status()) && n.date() != null && recent(n.date(), since)
					&& continuingTreatment.find(ownedSentences(n.text())).isPresent())
			.map(ClinicalNote::date)
			.max(Instant::compareTo)
			.orElse(null);
		if (continuing != null) {
			signals.removeIf(s -> s.at() == null || !s.at().isAfter(continuing));
		}
		signals.removeIf(s -> s.about().isEmpty());
		if (signals.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(finding(signals, active));
	}

	private static Finding finding(List<Signal> signals, List<RecordedCondition> active) {
		Signal first = signals.get(0);
		List<RecordedCondition> about = first.about().size() == active.size() && active.size() > 1 ? List.of()
				: first.about();
		String subject = about.isEmpty() ? "the patient's condition" : Wording.list(about.stream()
			.map(c -> Wording.lower(c.display()))
			.distinct()
			.toList());
		String reason = "For " + subject + ", " + first.sentence() + " and no second opinion is on record; another "
				+ "specialist may know of treatment options.";
		List<Evidence> evidence = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Signal signal : signals) {
			if (evidence.stream().noneMatch(e -> e.reference().equals(signal.reference()))) {
				evidence.add(new Evidence(signal.reference(), signal.display()));
			}
			for (RecordedCondition condition : signal.about()) {
				if (evidence.stream().noneMatch(e -> e.reference().equals(condition.reference()))) {
					evidence.add(new Evidence(condition.reference(), condition.display()));
				}
				problems.add(condition.plainReference());
				condition.code().codings().forEach(c -> problems.add(c.system() + "|" + c.code()));
			}
		}
		return new Finding(CODE, Wording.capitalise(reason), evidence, false, problems);
	}

	/** Whether a signal's date is within the window; an undated one counts (its status says it is current). */
	private static boolean recent(@Nullable Instant at, Instant since) {
		return at == null || !at.isBefore(since);
	}

	/** Adds the signal about the active conditions it names, or about every active condition when it names none. */
	private static void add(List<Signal> signals, ClinicalPicture picture, String reference, String display,
			List<String> names, String sentence, @Nullable Instant at) {
		List<RecordedCondition> about = names.stream()
			.map(picture::condition)
			.flatMap(Optional::stream)
			.filter(RecordedCondition::isActive)
			.toList();
		if (names.stream().noneMatch(n -> n.startsWith("Condition/"))) {
			about = picture.conditions().stream().filter(RecordedCondition::isActive).toList();
		}
		signals.add(new Signal(reference, display, sentence, about, at));
	}

	/** The visit's palliative or hospice concept by name: its type, service type or reason from the value set. */
	private String palliativeName(Visit visit) {
		List<Concept> named = new ArrayList<>(visit.types());
		if (visit.serviceType() != null) {
			named.add(visit.serviceType());
		}
		named.addAll(visit.reasonCodes());
		return named.stream().filter(palliativeCare::matches).findFirst().map(Concept::display).orElse(visit.display());
	}

	private static String noteName(ClinicalNote note) {
		Concept type = note.type();
		return type.isEmpty() ? "Clinical note" : type.display();
	}

	/**
	 * The text without the sentences about someone else ({@link OtherPersons}), without those that limit what they
	 * say to one specialty's reach ("Nothing further to offer from an ENT standpoint" ends a specialty's work-up, it
	 * does not say that the patient's condition cannot be treated), and without those about what the patient would
	 * want one day: an advance care plan's "If she were to have a severe brain injury, she would prefer comfort-focused
	 * care" is a wish for then, not a statement about now.
	 */
	static @Nullable String ownedSentences(@Nullable String text) {
		String theirs = OtherPersons.withoutTheirSentences(text);
		if (theirs == null || theirs.isBlank()) {
			return theirs;
		}
		StringBuilder kept = new StringBuilder(theirs.length());
		for (String sentence : SENTENCES.split(theirs)) {
			kept.append(ONE_SPECIALTYS_REACH.matcher(sentence).find() || HYPOTHETICAL.matcher(sentence).find()
					|| OTHER_PATIENTS.matcher(sentence).find() ? " " : sentence + " ");
		}
		return kept.toString();
	}

	private static final java.util.regex.Pattern SENTENCES = java.util.regex.Pattern.compile("(?<=[.!?;])\\s+|\\n+");

	/**
	 * A sentence that opens with a condition ("If", "Should", "In the event", "Were", "Wenn", "Falls", "Si") or says
	 * what someone would prefer or want.
	 */
	private static final java.util.regex.Pattern HYPOTHETICAL = java.util.regex.Pattern.compile(
			"(?iu)^[\\s\\p{Punct}]*(?:if|should|in the event|in case|were|unless|wenn|falls|si)\\b"
					+ "|\\b(?:she|he|they|i|we|patient|mother|father) would (?:prefer|want|like|choose|wish|opt|rather)\\b"
					+ "|\\bif (?:she|he|they|i|we|the patient) (?:were|was|become|becomes|became|develop|develops|lose|"
					+ "loses|lost|could no longer|can no longer|cannot)\\b");

	/**
	 * A sentence about patients in general, not this one: "SBRT, an alternative reserved for medically inoperable
	 * patients".
	 */
	private static final java.util.regex.Pattern OTHER_PATIENTS = java.util.regex.Pattern.compile(
			"(?iu)\\b(?:reserved|indicated|suitable|intended|an option|used|given|offered|recommended|approved) for "
					+ "(?:[\\p{L}-]+ ){0,3}(?:patients|cases|people|candidates)\\b");

	private static final java.util.regex.Pattern ONE_SPECIALTYS_REACH = java.util.regex.Pattern.compile(
			"(?i)\\bfrom (?:an?|the|our|my) (?:[\\w/-]+ ){1,3}(?:standpoint|perspective|point of view|viewpoint)\\b"
					+ "|\\bfrom (?:our|my|this) (?:side|end|clinic|service|department)\\b");

}
