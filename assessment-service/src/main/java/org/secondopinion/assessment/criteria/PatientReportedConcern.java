package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.picture.AlertFlag;
import org.secondopinion.assessment.picture.ClinicalNote;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.PatientMessage;
import org.secondopinion.assessment.picture.QuestionnaireAnswers;
import org.secondopinion.events.CriterionCode;
import org.springframework.stereotype.Component;

/**
 * The patient says they feel dismissed or asks for a second opinion: a configured questionnaire answer (or a coded
 * answer from the request value set, or a free-text answer with a configured phrase), a Communication sent by the
 * patient or their representative (a RelatedPerson: a parent, a carer) through the portal or our API, a Flag asking for a second opinion, by code or phrase, or a
 * clinical note recording that the patient asked for one ({@link NoteRequests}). A request is
 * answered, and no longer counts, when a second opinion on record took place on or after it: the patient asked and
 * got one. A request made after the last second opinion counts again, but a message after it that names a second
 * opinion only as the one already had ("thanks for sending me for the second opinion", {@link OpinionMentions}) asks
 * for nothing new. A message or free-text answer that names a second opinion only to decline it ("my sister asked
 * whether I should get a second opinion, but I don't want one") asks for nothing either, nor does a note written after
 * a second opinion on record that tells of a request in the past ("she asked for a second opinion in June"): the one
 * she had.
 */
@Component
class PatientReportedConcern implements Criterion {

	static final CriterionCode CODE = CriterionCode.PATIENT_REPORTED_CONCERN;

	private static final Set<String> ANSWERED = Set.of("completed", "amended");

	private static final Set<String> NOT_SENT = Set.of("entered-in-error", "not-done", "preparation");

	private static final int QUOTE_LENGTH = 140;

	private final CodeSet requestCodes;

	private final Phrases phrases;

	private final PatientConcernSettings settings;

	private final YesNo yesNo;

	private final Phrases requestQuestions;

	private final Phrases reassuranceQuestions;

	private final SecondOpinionsOnRecord secondOpinions;

	private final OpinionMentions mentions;

	private final NoteRequests noteRequests = new NoteRequests();

	PatientReportedConcern(ValueSetFiles files, PatientConcernSettings settings, SecondOpinionsOnRecord secondOpinions) {
		this.secondOpinions = secondOpinions;
		this.requestCodes = files.valueSet(settings.requestCodes());
		this.phrases = new Phrases(settings.phrases());
		this.mentions = new OpinionMentions(phrases);
		this.settings = settings;
		this.yesNo = new YesNo(files.valueSet(settings.yesAnswers()), files.valueSet(settings.noAnswers()));
		this.requestQuestions = new Phrases(settings.requestQuestions());
		this.reassuranceQuestions = new Phrases(settings.reassuranceQuestions());
	}

	@Override
	public List<CodeSet> valueSets() {
		return List.of(requestCodes, yesNo.yes(), yesNo.no());
	}

	@Override
	public CriterionCode code() {
		return CODE;
	}

	@Override
	public String summary() {
		return "A patient's questionnaire answer, message, flag or API request asking for a second opinion or saying "
				+ "they feel unheard, or a clinical note recording that they asked for one.";
	}

	@Override
	public Map<String, String> parameters() {
		return Map.of("patient-concern.request-codes", requestCodes.describe(), "patient-concern.phrases",
				String.join("; ", phrases.phrases()), "patient-concern.answers", settings.answers().toString(),
				"patient-concern.within", settings.within().toString(), "patient-concern.request-questions",
				String.join("; ", requestQuestions.phrases()), "patient-concern.reassurance-questions",
				String.join("; ", reassuranceQuestions.phrases()), "patient-concern.yes-answers",
				yesNo.yes().describe(), "patient-concern.no-answers", yesNo.no().describe());
	}

	private record Signal(String reference, String display, @Nullable Instant at, String sentence) {
	}

	@Override
	public Optional<Finding> evaluate(ClinicalPicture picture, Instant now) {
		Instant since = now.minus(settings.within());
		Optional<Instant> lastSecondOpinion = secondOpinions.of(picture, now)
			.stream()
			.map(SecondOpinionsOnRecord.SecondOpinion::at)
			.max(Comparator.naturalOrder());
		List<Signal> signals = new ArrayList<>();
		picture.questionnaireAnswers().stream().filter(r -> ANSWERED.contains(r.status())).forEach(r -> answers(r, signals));
		for (PatientMessage message : picture.messages()) {
			if (!NOT_SENT.contains(message.status()) && fromThePatientSide(picture, message)
					&& !looksBackOnOneHad(message, lastSecondOpinion)) {
				message(message, signals);
			}
		}
		for (AlertFlag flag : picture.flags()) {
			if ("active".equals(flag.status())) {
				boolean coded = requestCodes.matches(flag.code());
				Optional<String> phrase = phrases.find(flag.code().words());
				if (coded || phrase.isPresent()) {
					String text = flag.code().text() != null ? flag.code().text() : flag.code().display();
					signals.add(new Signal(flag.reference(), "Flag: " + quote(text), flag.period().start(),
							"raised a flag on their record saying \"" + quote(text) + "\""));
				}
			}
		}
		for (ClinicalNote note : picture.notes()) {
			if (!"entered-in-error".equals(note.status())) {
				noteRequests.find(note.text()).ifPresent(request -> {
					boolean toldAfterOneHad = request.past() && note.date() != null
							&& lastSecondOpinion.filter(last -> last.isBefore(note.date())).isPresent();
					if (!toldAfterOneHad) {
						String day = note.date() == null ? "" : " of " + Wording.day(note.date());
						signals.add(new Signal(note.reference(), "Note: " + quote(request.sentence()), note.date(),
								"asked for a second opinion, as the clinical note" + day + " records: \""
										+ quote(request.sentence()) + "\""));
					}
				});
			}
		}
		signals.removeIf(s -> s.at() != null && s.at().isBefore(since));
		lastSecondOpinion.ifPresent(last -> signals.removeIf(s -> s.at() != null && !s.at().isAfter(last)));
		if (signals.isEmpty()) {
			return Optional.empty();
		}
		signals.sort(Comparator.comparing(Signal::at, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
		Signal latest = signals.get(0);
		String reason = "The patient" + (latest.sentence().startsWith("'s ") ? "" : " ") + latest.sentence()
				+ "; a second opinion can answer their concern and keep their trust in the plan.";
		List<Evidence> evidence = signals.stream()
			.map(s -> new Evidence(s.reference(), s.display()))
			.distinct()
			.toList();
		return Optional.of(new Finding(CODE, reason, evidence, false, List.of()));
	}

	/**
	 * A message sent after a second opinion on record that names a second opinion only as one already had ("thanks
	 * for sending me for the second opinion"): the patient speaks of the answer, and asks for nothing new.
	 */
	private boolean looksBackOnOneHad(PatientMessage message, Optional<Instant> lastSecondOpinion) {
		boolean coded = message.categories().stream().anyMatch(requestCodes::matches)
				|| message.reasonCodes().stream().anyMatch(requestCodes::matches)
				|| (message.topic() != null && requestCodes.matches(message.topic()));
		return !coded && message.sent() != null && lastSecondOpinion.filter(last -> !last.isAfter(message.sent())).isPresent()
				&& mentions.onlyLookBack(message.texts());
	}

	private void answers(QuestionnaireAnswers response, List<Signal> into) {
		for (QuestionnaireAnswers.Answer answer : response.answers()) {
			String given = answer.valueCoding() != null ? answer.valueCoding().display() != null
					? answer.valueCoding().display() : answer.valueCoding().code()
					: answer.valueBoolean() != null ? (answer.valueBoolean() ? "yes" : "no") : answer.valueString();
			boolean configured = settings.answers().stream().anyMatch(c -> matches(c, response, answer));
			boolean coded = answer.valueCoding() != null && requestCodes.contains(answer.valueCoding());
			YesNo.Said said = yesNo.of(answer);
			boolean written = said == YesNo.Said.NEITHER && phrases.find(answer.valueString()).isPresent()
					&& !mentions.onlyDecline(List.of(answer.valueString()));
			if (configured || coded || written || asked(answer.question(), said)) {
				String question = answer.question() != null ? answer.question() : answer.linkId();
				String day = response.authored() == null ? "" : " on " + Wording.day(response.authored());
				into.add(new Signal(response.reference(), quote(question) + " " + quote(given), response.authored(),
						"answered \"" + quote(question) + "\" with \"" + quote(given) + "\"" + day));
				return;
			}
		}
	}

	/**
	 * A yes to a question asking whether the patient wants another doctor to review the case (or says they are not
	 * listened to), or a no to one asking whether they felt listened to. A question that names both is read as the
	 * first kind: "I don't feel listened to" contains "feel listened to".
	 */
	private boolean asked(@Nullable String question, YesNo.Said said) {
		if (question == null || said == YesNo.Said.NEITHER) {
			return false;
		}
		if (requestQuestions.findAsWritten(question).isPresent()) {
			return said == YesNo.Said.YES;
		}
		return reassuranceQuestions.findAsWritten(question).isPresent() && said == YesNo.Said.NO;
	}

	private static boolean matches(PatientConcernSettings.ConcernAnswer concern, QuestionnaireAnswers response,
			QuestionnaireAnswers.Answer answer) {
		if (concern.questionnaire() != null && (response.questionnaire() == null
				|| !response.questionnaire().split("\\|")[0].equals(concern.questionnaire()))) {
			return false;
		}
		if (!concern.linkId().equals(answer.linkId())) {
			return false;
		}
		if (answer.valueBoolean() != null) {
			return concern.answer().equalsIgnoreCase(answer.valueBoolean().toString());
		}
		return answer.valueCoding() != null
				&& concern.answer().equals(answer.valueCoding().system() + "|" + answer.valueCoding().code());
	}

	/**
	 * Sent by the patient, or by someone who speaks for them: a RelatedPerson (a parent, a carer, a proxy on the
	 * portal), who by FHIR's definition is related to the patient the message is about.
	 */
	private static boolean fromThePatientSide(ClinicalPicture picture, PatientMessage message) {
		String sender = message.sender();
		return sender != null && (picture.patientReference().equals(sender) || sender.startsWith("RelatedPerson/"));
	}

	private void message(PatientMessage message, List<Signal> into) {
		boolean coded = message.categories().stream().anyMatch(requestCodes::matches)
				|| message.reasonCodes().stream().anyMatch(requestCodes::matches)
				|| (message.topic() != null && requestCodes.matches(message.topic()));
		Optional<String> phrase = phrases.find(message.texts());
		if (!coded && (phrase.isEmpty() || mentions.onlyDecline(message.texts()))) {
			return;
		}
		String text = message.texts().isEmpty() ? "a request for a second opinion" : String.join(" ", message.texts());
		String day = message.sent() == null ? "" : " on " + Wording.day(message.sent());
		boolean representative = message.sender() != null && message.sender().startsWith("RelatedPerson/");
		into.add(new Signal(message.reference(), "Message: " + quote(text), message.sent(),
				(representative ? "'s representative wrote" : "wrote") + day + ": \"" + quote(text) + "\""));
	}

	private static String quote(String text) {
		String flat = text.replaceAll("\\s+", " ").trim();
		return flat.length() <= QUOTE_LENGTH ? flat : flat.substring(0, QUOTE_LENGTH - 1).trim() + "…";
	}

}
