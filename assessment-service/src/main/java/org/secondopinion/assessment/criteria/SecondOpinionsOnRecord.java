package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.ClinicalNote;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.Concept;
import org.secondopinion.assessment.picture.DiagnosticFinding;
import org.secondopinion.assessment.picture.PerformedProcedure;
import org.secondopinion.assessment.picture.ServiceOrder;
import org.secondopinion.assessment.picture.Visit;
import org.springframework.stereotype.Component;

/**
 * Second opinions already on record: a visit that took place, a procedure done, a referral made (active or
 * completed), a final report or a current note, in the last 12 months, whose code, type, category, performer type,
 * reason or (for a note) title is a second opinion, by code or by phrase. One suppresses a finding when it is about the same problem:
 * its reason names a condition or code the finding is about, or, for a visit with no such reason, a note written for
 * it names one (context.related). One that names no problem at all is about every active condition.
 */
@Component
class SecondOpinionsOnRecord {

	private static final Set<String> LIVE_REFERRALS = Set.of("active", "completed", "on-hold");

	private static final Set<String> DONE_PROCEDURES = Set.of("completed", "in-progress");

	private static final Set<String> LIVE_NOTES = Set.of("current");

	/** Longer than this, a note's first line is prose rather than its heading. */
	private static final int HEADING_LENGTH = 120;

	private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern.compile(
			"(?i)\\b(?:request|requests|requested|requesting|wants|wanted|would like|asks|asked|asking|consider|considering)\\b");

	/**
	 * The same, in the other languages whose second-opinion words are read here, word for word as texts are read
	 * (without marks; two words in a row where they say it together): "Pacientė prašo antrosios nuomonės", "Пациент
	 * просит второе мнение", "Bệnh nhân yêu cầu ý kiến thứ hai".
	 */
	private static final Set<String> ASKING_WORDS = java.util.stream.Stream.of(
			// Czech, Slovak, Hungarian
			"žádá", "žádost", "žádosti", "přeje si", "chce", "chci", "žiada", "žiadosť", "žiadosti", "požaduje", "kéri",
			"kérem", "kérés", "kérése", "kérésére", "szeretne",
			// Lithuanian, Latvian
			"prašo", "prašymas", "prašymu", "pageidauja", "nori", "norėtų", "lūdz", "lūgums", "vēlas", "vēlētos",
			"pieprasa",
			// Croatian, Serbian, Slovenian
			"traži", "tražila", "tražio", "zahtjev", "zahtev", "zahteva", "želi", "želim", "moli", "molim", "prosi",
			"prosim", "prošnja",
			// Romanian
			"solicită", "solicit", "solicitare", "solicitarea", "dorește", "doresc", "dorim", "cere", "cerere",
			"cererea", "vrea", "vreau",
			// Bulgarian, Russian, Ukrainian
			"иска", "искам", "искане", "желае", "молба", "просит", "просил", "просила", "просьба", "просьбе", "просьбу",
			"хочет", "хочу", "запрос", "просить", "просив", "хоче", "бажає", "запит", "прохання",
			// Vietnamese, Indonesian and Malay, Swahili, Filipino
			"yêu cầu", "muốn", "xin", "meminta", "mohon", "ingin", "mau", "mahu", "permintaan", "anaomba", "ameomba",
			"naomba", "anataka", "nataka", "ombi", "humihiling", "hiniling", "kahilingan", "gusto", "nais",
			// Urdu, Hindi, Persian, Arabic
			"درخواست", "چاہتا", "چاہتی", "چاہیے", "chahta", "chahti", "chahte", "chahiye", "darkhwast", "चाहता",
			"चाहती", "चाहिए", "अनुरोध", "میخواهد", "میخواهم", "خواستار", "يطلب", "تطلب", "طلب", "يرغب", "ترغب", "أريد",
			"أرغب")
		.map(Phrases::normalise)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private final CodeSet codes;

	private final Phrases phrases;

	private final SuppressionSettings settings;

	SecondOpinionsOnRecord(ValueSetFiles files, SuppressionSettings settings) {
		this.codes = files.valueSet(settings.secondOpinionCodes());
		this.phrases = new Phrases(settings.phrases());
		this.settings = settings;
	}

	List<CodeSet> valueSets() {
		return List.of(codes);
	}

	/** One second opinion, and the problems (condition references, {@code system|code}) it was about. */
	record SecondOpinion(String reference, Instant at, List<String> problems) {
	}

	List<SecondOpinion> of(ClinicalPicture picture, Instant now) {
		Instant since = now.minus(settings.within());
		List<SecondOpinion> found = new ArrayList<>();
		for (Visit visit : picture.visits()) {
			List<Concept> said = new ArrayList<>(visit.types());
			said.addAll(visit.reasonCodes());
			if (visit.serviceType() != null) {
				said.add(visit.serviceType());
			}
			if (visit.tookPlace() && recent(visit.start(), since, now) && names(said)) {
				List<String> problems = problems(visit.reasonReferences(), visit.reasonCodes());
				if (problems.isEmpty()) {
					problems = writtenFor(picture, "Encounter/" + visit.id());
				}
				found.add(new SecondOpinion(visit.reference(), visit.start(), problems));
			}
		}
		for (PerformedProcedure procedure : picture.performedProcedures()) {
			List<Concept> said = new ArrayList<>(procedure.reasonCodes());
			said.add(procedure.concept());
			if (DONE_PROCEDURES.contains(procedure.status()) && recent(procedure.performedAt(), since, now) && names(said)) {
				found.add(new SecondOpinion(procedure.reference(), procedure.performedAt(),
						problems(procedure.reasonReferences(), procedure.reasonCodes())));
			}
		}
		for (ServiceOrder order : picture.orders()) {
			List<Concept> said = new ArrayList<>(order.reasonCodes());
			said.add(order.code());
			said.addAll(order.categories());
			said.addAll(order.performerTypes());
			Instant at = order.occurrence() != null && !order.occurrence().isAfter(now) ? order.occurrence() : order.authoredOn();
			if (LIVE_REFERRALS.contains(order.status()) && recent(at, since, now) && names(said)) {
				found.add(new SecondOpinion(order.reference(), at, problems(order.reasonReferences(), order.reasonCodes())));
			}
		}
		for (DiagnosticFinding report : picture.reports()) {
			// a review of another department's material, reported as such ("Outside dermatopathology consultation
			// (second opinion)", a second read of imaging): a second opinion that took place
			if (report.isReport() && !"preliminary".equals(report.status()) && recent(report.effective(), since, now)
					&& names(List.of(report.code()))) {
				found.add(new SecondOpinion(report.reference(), report.effective(), List.of()));
			}
		}
		for (ClinicalNote note : picture.notes()) {
			List<Concept> said = new ArrayList<>(List.of(note.type()));
			note.titles().forEach(t -> said.add(new Concept(List.of(), t)));
			heading(note.text()).ifPresent(h -> said.add(new Concept(List.of(), h)));
			if (LIVE_NOTES.contains(note.status()) && recent(note.date(), since, now) && names(said)) {
				List<String> problems = new ArrayList<>(note.related());
				note.encounters()
					.forEach(e -> picture.visits()
						.stream()
						.filter(v -> ("Encounter/" + v.id()).equals(e))
						.forEach(v -> problems.addAll(problems(v.reasonReferences(), v.reasonCodes()))));
				found.add(new SecondOpinion(note.reference(), note.date(), problems));
			}
		}
		return found;
	}

	/**
	 * The first line of a note's text when it reads as the note's heading, as a clinic letter's does ("Second opinion -
	 * Upper GI Oncology, Thames Regional Cancer Centre", "Electrophysiology second opinion"): a short line, and not
	 * one asking for a second opinion ("Patient requests a second opinion").
	 */
	static java.util.Optional<String> heading(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		String first = text.strip().lines().findFirst().orElse("").strip();
		if (first.isEmpty() || first.length() > HEADING_LENGTH || ASKING.matcher(first).find() || asksInWords(first)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(first);
	}

	/** Whether a word of the line, or two in a row, is one of {@link #ASKING_WORDS}. */
	private static boolean asksInWords(String line) {
		String[] words = ConceptNames.words(line);
		for (int i = 0; i < words.length; i++) {
			if (ASKING_WORDS.contains(words[i]) || (i + 1 < words.length && ASKING_WORDS.contains(words[i] + " " + words[i + 1]))) {
				return true;
			}
		}
		return false;
	}

	/** The conditions the notes written for a visit are about (their context.related). */
	private static List<String> writtenFor(ClinicalPicture picture, String visit) {
		return picture.notes()
			.stream()
			.filter(n -> LIVE_NOTES.contains(n.status()) && n.encounters().contains(visit))
			.flatMap(n -> n.related().stream())
			.toList();
	}

	/** Whether a second opinion on record is about one of the problems the finding is about. */
	boolean covers(ClinicalPicture picture, Finding finding, Instant now) {
		if (finding.problems().isEmpty()) {
			return false;
		}
		Set<String> about = expand(picture, finding.problems());
		return of(picture, now).stream()
			.anyMatch(o -> expand(picture, o.problems().isEmpty() ? everyActiveCondition(picture) : o.problems())
				.stream()
				.anyMatch(about::contains));
	}

	/**
	 * A second opinion that names no problem (no reason by reference or code, no note of it about a condition) is
	 * about every active condition, as a no-treatment signal naming none is: the record does not say which it was.
	 */
	private static List<String> everyActiveCondition(ClinicalPicture picture) {
		return picture.conditions()
			.stream()
			.filter(org.secondopinion.assessment.picture.RecordedCondition::isActive)
			.map(org.secondopinion.assessment.picture.RecordedCondition::plainReference)
			.toList();
	}

	/** The problems with the codes of each condition they reference, so that a reference and a code can meet. */
	private static Set<String> expand(ClinicalPicture picture, List<String> problems) {
		Set<String> all = new java.util.HashSet<>(problems);
		for (String problem : problems) {
			picture.condition(problem)
				.ifPresent(c -> c.code().codings().forEach(code -> all.add(code.system() + "|" + code.code())));
		}
		return all;
	}

	Map<String, String> parameters() {
		return Map.of("suppression.second-opinion-codes", codes.describe(), "suppression.phrases",
				String.join("; ", phrases.phrases()), "suppression.within", settings.within().toString());
	}

	private boolean names(List<Concept> concepts) {
		return concepts.stream().anyMatch(c -> codes.matches(c) || phrases.find(c.words()).isPresent());
	}

	private static boolean recent(@Nullable Instant at, Instant since, Instant now) {
		return at != null && !at.isBefore(since) && !at.isAfter(now);
	}

	private static List<String> problems(List<String> references, List<Concept> reasons) {
		List<String> problems = new ArrayList<>(references);
		reasons.forEach(r -> r.codings().forEach(c -> problems.add(c.system() + "|" + c.code())));
		return problems;
	}

}
