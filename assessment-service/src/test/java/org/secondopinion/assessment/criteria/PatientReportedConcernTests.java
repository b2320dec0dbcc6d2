package org.secondopinion.assessment.criteria;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secondopinion.events.PatientRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.assessment.picture.PictureFixtures.picture;

class PatientReportedConcernTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURES = "fixtures/patient-reported-concern/";

	private final PatientReportedConcern criterion = new PatientReportedConcern(RuleSettings.valueSetFiles(),
			RuleSettings.load("patient-concern", PatientConcernSettings.class),
			new SecondOpinionsOnRecord(RuleSettings.valueSetFiles(), RuleSettings.load("suppression", SuppressionSettings.class)));

	@Test
	void flagsAConfiguredQuestionnaireAnswerAskingForASecondOpinion() {
		assertThat(evaluate("questionnaire-wants-second-opinion.json")).hasValueSatisfying(f -> {
			assertThat(f.code().code()).isEqualTo("PATIENT_REPORTED_CONCERN");
			assertThat(f.reason()).isEqualTo("The patient answered \"Would you like a second opinion about your "
					+ "diagnosis or treatment plan?\" with \"Yes\" on 18 Oct 2026; a second opinion can answer their "
					+ "concern and keep their trust in the plan.");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("QuestionnaireResponse/pre-visit/_history/2");
		});
	}

	@Test
	void ignoresTheSameQuestionnaireAnsweredNo() {
		assertThat(evaluate("questionnaire-declines-second-opinion.json")).isEmpty();
	}

	@Test
	void readsPhrasesInAFreeTextAnswerOfAnyQuestionnaire() {
		assertThat(evaluate("questionnaire-free-text-of-another-form.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient answered \"Anything else?\" with \"Nobody listens to me about the pain."));
	}

	@Test
	void flagsAPortalMessageFromThePatientAskingForASecondOpinion() {
		assertThat(evaluate("portal-message-asks-for-second-opinion.json")).hasValueSatisfying(f -> {
			assertThat(f.reason()).startsWith("The patient wrote on 22 Oct 2026: \"My knee has been swollen");
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Communication/msg/_history/1");
		});
	}

	@Test
	void flagsAMessageFromThePatientsRepresentativeButNotFromAClinician() {
		assertThat(evaluate("parent-asks-for-second-opinion.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient's representative wrote on 22 Oct 2026: \"This is his mother."));
		assertThat(evaluate("nurse-writes-about-second-opinion.json")).isEmpty();
	}

	@Test
	void ignoresAClinicianLetterAboutASecondOpinion() {
		assertThat(evaluate("clinician-letter-mentions-declined-second-opinion.json")).isEmpty();
	}

	@Test
	void ignoresAPatientSayingTheyDoNotNeedASecondOpinion() {
		assertThat(evaluate("patient-says-no-second-opinion-needed.json")).isEmpty();
	}

	@Test
	void flagsAConcernRaisedThroughTheApiByItsCategoryEvenWithoutThePhrase() {
		assertThat(evaluate("concern-raised-through-the-api.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient wrote on 30 Oct 2026: \"Please arrange for another doctor to look at my scans.\""));
	}

	@Test
	void flagsAFlagAskingForASecondOpinionByItsText() {
		assertThat(evaluate("patient-flag-asks-for-second-opinion.json")).hasValueSatisfying(f -> assertThat(f.reason())
			.startsWith("The patient raised a flag on their record saying \"I want a second opinion before the hysterectomy\""));
	}

	@Test
	void ignoresARequestOlderThanAYear() {
		assertThat(evaluate("old-message-asks-for-second-opinion.json")).isEmpty();
	}

	@Test
	void flagsAYesInEveryAnswerFormToQuestionsThatCarryOnlyALinkIdAndText() {
		assertThat(evaluate("linkid-only-questionnaires-answered-yes.json")).hasValueSatisfying(f -> {
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactlyInAnyOrder("QuestionnaireResponse/loinc-yes/_history/1",
						"QuestionnaireResponse/v2-yes/_history/1", "QuestionnaireResponse/snomed-yes/_history/1",
						"QuestionnaireResponse/boolean-yes/_history/1", "QuestionnaireResponse/string-yes/_history/1");
			assertThat(f.reason()).startsWith("The patient answered \"Would you like another doctor to review your "
					+ "diagnosis?\" with \"Yes\" on 14 Oct 2026");
		});
	}

	@Test
	void ignoresANoInEveryAnswerFormToTheSameQuestions() {
		assertThat(evaluate("linkid-only-questionnaires-answered-no.json")).isEmpty();
	}

	@Test
	void flagsANoToWhetherThePatientFeltListenedTo() {
		assertThat(evaluate("questionnaire-felt-not-listened-to.json")).hasValueSatisfying(
				f -> assertThat(f.evidence()).extracting(Evidence::reference)
					.containsExactly("QuestionnaireResponse/visit-survey/_history/1"));
	}

	@Test
	void ignoresAYesToFeelingListenedToAndToQuestionsThatOnlyMentionAnotherDoctor() {
		assertThat(evaluate("questionnaire-felt-listened-to.json")).isEmpty();
	}

	@Test
	void ignoresARequestAnsweredByASecondOpinionThatTookPlaceAfterIt() {
		assertThat(evaluate("request-answered-by-later-second-opinion.json")).isEmpty();
	}

	@Test
	void ignoresARequestAnsweredByAReportOfAnOutsideReview() {
		assertThat(evaluate("request-answered-by-a-later-outside-pathology-review.json")).isEmpty();
	}

	@Test
	void flagsARequestMadeAgainAfterTheLastSecondOpinionCitingOnlyTheNewOne() {
		assertThat(evaluate("new-request-after-second-opinion.json")).hasValueSatisfying(f -> {
			assertThat(f.evidence()).extracting(Evidence::reference)
				.containsExactly("Communication/msg-2/_history/1");
			assertThat(f.reason()).startsWith("The patient wrote on 20 Sep 2026: \"The nodule has grown again");
		});
	}

	@Test
	void ignoresAMessageAfterASecondOpinionThatOnlyThanksForItOrReportsOnIt() {
		assertThat(evaluate("thanks-for-the-second-opinion-and-a-refill-after-it.json")).isEmpty();
		assertThat(evaluate("my-second-opinion-went-well-after-it.json")).isEmpty();
	}

	@Test
	void takesAClinicLetterHeadedAsASecondOpinionForOneOnRecord() {
		assertThat(evaluate("thanks-for-the-second-opinion-after-a-letter-headed-as-one.json")).isEmpty();
		assertThat(evaluate("thanks-for-the-second-opinion-after-a-letter-headed-as-a-request.json"))
			.as("a letter headed with a request")
			.isPresent();
	}

	@Test
	void flagsAMessageAfterASecondOpinionThatAsksForAFurtherOne() {
		assertThat(evaluate("thanks-for-the-second-opinion-but-asks-for-a-third.json")).hasValueSatisfying(f -> assertThat(
				f.reason()).startsWith("The patient wrote on 20 Sep 2026: \"Thanks for the second opinion in June, but"));
	}

	@Test
	void flagsAMessageAfterASecondOpinionThatStillSaysThePatientIsNotTakenSeriously() {
		assertThat(evaluate("after-the-second-opinion-still-not-taken-seriously.json")).isPresent();
	}

	@Test
	void readsThanksForASecondOpinionAsARequestWhenNoneIsOnRecord() {
		assertThat(evaluate("thanks-for-mentioning-a-second-opinion-with-none-on-record.json")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"My sister asked whether I should get a second opinion before thinking about PRP, but after our talk I'm "
					+ "comfortable with the plan and don't want one. Could I move my PT session to Thursday?",
			"My husband keeps saying I should get a second opinion. I really don't need one, the plan makes sense.",
			"A friend mentioned a second opinion, but honestly I decided against it.",
			"I was offered a referral for a second opinion and declined it.",
			"I know you mentioned a second opinion - no need for one, thanks.",
			"My daughter thinks a second opinion is not necessary and I agree.",
			"I don't want a second opinion, I'm happy with the plan.",
			"There is no need for a second opinion.",
			"I declined referral for a second opinion.",
			"Hello Dr. Nguyen, my son asked whether we should go somewhere else for a second opinion about my eye. I told "
					+ "him my reading has improved a lot since July and I trust the plan. I am comfortable continuing the "
					+ "injections with you, so no need to set anything up.",
			"My wife keeps saying I should get a second opinion. We talked it over and I want to stay with your team.",
			"My daughter asked about a second opinion; no need to arrange anything, we are happy with the plan." })
	void ignoresAMessageThatNamesASecondOpinionOnlyToDeclineIt(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I'd like a second opinion on the surgery, I don't want it.",
			"Could I get a second opinion? I don't want to wait until the pain gets worse.",
			"I want a second opinion because I don't want it to get worse.",
			"My sister said I should get a second opinion and I think she is right.",
			"Someone mentioned a second opinion. I don't want one, but I still feel brushed off by the clinic.",
			"My son asked whether we should get a second opinion and I agree with him.",
			"My daughter wants me to get a second opinion. I trust her judgement more than the plan.",
			"I trust the plan, but my husband thinks I need a second opinion and so do I.",
			"I don't need one more opinion, I need another second opinion because the first one did not answer it." })
	void flagsAMessageThatAsksForASecondOpinionWhateverItDeclinesAfterIt(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Quisiera una segunda opinión con otro médico antes de empezar la insulina.",
			"Siento que no me escuchan en la clínica; el dolor sigue igual.",
			"¿Puede otro médico que revise mi caso? Ya van tres meses así." })
	void flagsAPortalMessageWrittenInSpanish(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"No quiero una segunda opinión, confío en el plan.",
			"Gracias por la cita de ayer. Nos vemos en enero." })
	void ignoresASpanishMessageThatDeclinesOrDoesNotAsk(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Pt is frustrated. She asked to be referred to another foot and ankle surgeon for a second "
			+ "opinion before committing to more months of rehab. I said I would send her records.",
			"Pt requests a second opinion before surgery.", "Mother would like another opinion on the diagnosis.",
			"Patient is requesting a second medical opinion at Dr. Lee's clinic." })
	void flagsARequestForASecondOpinionThatAClinicalNoteRecords(String text) {
		assertThat(criterion.evaluate(notes(note("n-1", "2026-10-02", text)), NOW)).as(text)
			.hasValueSatisfying(f -> assertThat(f.reason())
				.startsWith("The patient asked for a second opinion, as the clinical note of 2 Oct 2026 records: \""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "She asked whether a second opinion would help; reassured.",
			"He has not asked for a second opinion.", "Offered a second opinion, which she declined.",
			"The second opinion she requested concurred with the plan.", "Patient declined a second opinion.",
			"Patient asks about refills. Second opinion not wanted." })
	void ignoresANoteThatRecordsNoRequestForASecondOpinion(String text) {
		assertThat(criterion.evaluate(notes(note("n-1", "2026-10-02", text)), NOW)).as(text).isEmpty();
	}

	@Test
	void ignoresANoteWrittenAfterASecondOpinionThatTellsOfTheRequestBehindIt() {
		org.hl7.fhir.r4.model.DocumentReference letter = note("letter", "2026-07-10",
				"Second opinion consultation\nSeen at the request of the patient. I agree with the plan.");
		assertThat(criterion.evaluate(notes(letter, note("n-1", "2026-09-01",
				"She requested a second opinion in June; seen in July, who agreed.")), NOW))
			.isEmpty();
		assertThat(criterion.evaluate(notes(letter, note("n-1", "2026-09-01", "She now requests a further second opinion.")),
				NOW))
			.as("a new request, in the present")
			.isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Je souhaite un second avis chirurgical avant toute décision.",
			"J'aimerais un deuxième avis sur mon traitement.",
			"Je ne me sens pas écoutée par l'équipe, la douleur est toujours là." })
	void flagsAPortalMessageWrittenInFrench(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Quero uma segunda opinião antes da cirurgia.", "Não me sinto ouvida pelo médico.",
			"PATIENT REQUESTS 2ND OPINION - wants another cardiologist to review warfarin" })
	void flagsAMessageInPortugueseOrAbbreviated(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isPresent();
	}

	@Test
	void readsAPortugueseQuestionnaireAnsweredSimOrNao() {
		assertThat(criterion.evaluate(answered("Gostaria de uma segunda opinião médica?", "Sim"), NOW)).isPresent();
		assertThat(criterion.evaluate(answered("Gostaria de uma segunda opinião médica?", "Não"), NOW)).isEmpty();
		assertThat(criterion.evaluate(answered("Você sente que suas preocupações foram ouvidas pelo médico?", "Não"), NOW))
			.isPresent();
		assertThat(criterion.evaluate(answered("Você sente que suas preocupações foram ouvidas pelo médico?", "Sim"), NOW))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Pacientka žádá o druhý názor na jiném pracovišti, má pocit, že její potíže nejsou brány vážně.",
			"Haluaisin toisen mielipiteen toiselta ortopedilta.",
			"Minusta tuntui, ettei minua oikeastaan kuunneltu.",
			"אני מבקשת הפניה לחוות דעת שנייה אצל אורתופד אחר",
			"Ik wil graag een second opinion, ik voel me niet serieus genomen.",
			"أرغب في الحصول على رأي طبي ثانٍ من جراح غدد صماء أو من مركز آخر.",
			"Θα ήθελα πριν ξεκινήσω οποιαδήποτε θεραπεία να πάρω μια δεύτερη γνώμη από άλλο κέντρο." })
	void flagsAMessageInCzechFinnishHebrewDutchOrArabic(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Potilas ei halua toista mielipidettä.", "אני לא רוצה חוות דעת שנייה",
			"Δεν θέλω δεύτερη γνώμη." })
	void ignoresAFinnishHebrewOrGreekMessageThatDeclinesIt(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isEmpty();
	}

	@Test
	void readsAnItalianRequestAndAnEnglishWontAsADecline() {
		assertThat(criterion.evaluate(message("Chiedo un secondo parere ortopedico: non mi sento preso sul serio."), NOW))
			.isPresent();
		assertThat(criterion.evaluate(message("I feel listened to and I'm at peace with the plan, so I won't be looking "
				+ "for a second opinion after all."), NOW))
			.isEmpty();
		assertThat(criterion.evaluate(answered("Si sente ascoltato dal suo medico?", "No"), NOW)).isPresent();
	}

	@Test
	void readsTheJapaneseAndKoreanLoanwordForASecondOpinion() {
		assertThat(criterion.evaluate(answered("今回の治療方針について、他の医療機関の医師の意見(セカンドオピニオン)を聞きたいですか", "Yes"),
				NOW)).as("Japanese, a questionnaire").isPresent();
		assertThat(criterion.evaluate(answered("今回の治療方針について、他の医療機関の医師の意見(セカンドオピニオン)を聞きたいですか", "No"),
				NOW)).as("Japanese, answered no").isEmpty();
		assertThat(criterion.evaluate(message("다른 대학병원에서 2차 소견(세컨드 오피니언)을 받아보고 싶습니다."), NOW))
			.as("Korean, a portal message").isPresent();
	}

	@Test
	void readsPolishAndTurkishRequestsAndQuestionnairesAnsweredInTheirLanguage() {
		assertThat(criterion.evaluate(answered("Czy chciałby Pan/chciałaby Pani uzyskać drugą opinię innego specjalisty?",
				"Tak"), NOW)).as("a yes in Polish").isPresent();
		assertThat(criterion.evaluate(answered("Czy chciałby Pan/chciałaby Pani uzyskać drugą opinię innego specjalisty?",
				"Nie"), NOW)).as("a no in Polish").isEmpty();
		assertThat(criterion.evaluate(answered("Czy czuje się Pan/Pani wysłuchany(-a) przez lekarza prowadzącego?", "Nie"),
				NOW)).as("not feeling heard").isPresent();
		assertThat(criterion.evaluate(answered("Czy czuje się Pan/Pani wysłuchany(-a) przez lekarza prowadzącego?", "Tak"),
				NOW)).as("feeling heard").isEmpty();
		assertThat(criterion.evaluate(message("Proszę o skierowanie na konsultację - chciałabym poznać drugą opinię przed "
				+ "operacją."), NOW)).as("a portal message").isPresent();
		assertThat(criterion.evaluate(message("Dziękuję, nie potrzebuję drugiej opinii."), NOW)).as("a decline")
			.isEmpty();
		assertThat(criterion.evaluate(message("Kendimi dinlenmiyor gibi hissediyorum; ikinci görüş nasıl alabilirim?"),
				NOW)).as("Turkish").isPresent();
		assertThat(criterion.evaluate(answered("Başka bir hekimden ikinci görüş almak ister misiniz?", "Hayır"), NOW))
			.as("a no in Turkish").isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = {
			"Parecer de segunda opinião - oncologia. Concordamos com o plano.",
			"Second avis rendu par l'Institut régional de cancérologie : avis concordant." })
	void takesASecondOpinionWrittenInPortugueseOrFrenchForOneOnRecord(String letter) {
		org.hl7.fhir.r4.model.DocumentReference request = note("n-1", "2026-06-01", "Patient requests a second opinion.");
		assertThat(criterion.evaluate(notes(request, note("letter", "2026-07-10", letter)), NOW)).as(letter).isEmpty();
	}

	@Test
	void takesALetterHeadedZweitmeinungForASecondOpinionOnRecord() {
		org.hl7.fhir.r4.model.DocumentReference request = note("n-1", "2026-06-01", "Patient requests a second opinion.");
		assertThat(criterion.evaluate(notes(request), NOW)).isPresent();
		assertThat(criterion.evaluate(notes(request, note("letter", "2026-07-10",
				"Zweitmeinung\nInterdisziplinäres Tumorzentrum: Wir bestätigen die Empfehlung.")), NOW))
			.as("answered by a second opinion in German")
			.isEmpty();
	}

	@Test
	void readsAnEstonianRequestAndAnEstonianSecondOpinionOnRecord() {
		assertThat(criterion.evaluate(message("Soovin saada teise ortopeedi arvamust enne, kui otsustan. Tunnen, et mu "
				+ "muret ei võetud päris tõsiselt."), NOW)).isPresent();
		org.hl7.fhir.r4.model.DocumentReference request = note("n-1", "2026-06-01", "Patient requests a second opinion.");
		assertThat(criterion.evaluate(notes(request, note("letter", "2026-07-10",
				"Onkoloogiline konsiilium. Teise arvamuse konsultatsioon: nõustume otsusega.")), NOW))
			.as("answered by a second opinion in Estonian")
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Szeretnék egy második véleményt kérni egy másik onkológustól.",
			"Norėčiau gauti antrąją nuomonę iš kito ortopedo prieš operaciją.",
			"Vēlos saņemt otru viedokli no cita ārsta pirms operācijas.",
			"Želio bih drugo mišljenje drugog liječnika prije operacije.",
			"Niko me ne sluša, tražim mišljenje drugog lekara.", "Pred operacijo bi želela drugo mnenje.",
			"Chcela by som druhý názor iného lekára, neberú ma vážne.", "Aș dori o a doua opinie înainte de operație.",
			"Бих искала второ мнение от друг онколог.",
			"Прошу направить меня для получения второго мнения в другой клинике.",
			"Меня не слушают, мои жалобы не воспринимают всерьёз.",
			"Хочу отримати другу думку іншого лікаря перед операцією.",
			"Tôi muốn xin ý kiến thứ hai trước khi phẫu thuật.", "Toi muon xin y kien thu hai truoc khi mo.",
			"Saya ingin mendapatkan opini kedua dari dokter lain sebelum operasi.",
			"Saya mahu pendapat kedua sebelum pembedahan.", "ฉันอยากได้ความเห็นที่สองจากแพทย์ท่านอื่นก่อนผ่าตัดค่ะ",
			"مجھے آپریشن سے پہلے کسی اور ڈاکٹر کی رائے چاہیے۔",
			"Mujhe operation se pehle doosri raye chahiye, dawa se faida nahi hua.",
			"मुझे ऑपरेशन से पहले दूसरी राय चाहिए।", "Ningependa kupata maoni ya pili kabla ya upasuaji.",
			"Gusto ko po ng pangalawang opinyon bago ang operasyon.", "Hindi ako pinakikinggan ng doktor ko.",
			"می‌خواهم قبل از جراحی نظر یک پزشک دیگر را بگیرم.", "کسی به حرفم گوش نمی‌دهد." })
	void flagsARequestOrConcernInTheOtherLanguagesPatientsWriteIn(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nem kérek második véleményt, bízom az orvosomban.",
			"Nenoriu antrosios nuomonės, pasitikiu gydytoju.", "Ne želim drugo mišljenje, zadovoljna sam planom.",
			"Nu vreau a doua opinie, am încredere în medic.", "Не хочу второе мнение, доверяю своему врачу.",
			"Tôi không muốn ý kiến thứ hai.", "Saya tidak perlu opini kedua.", "ผมไม่ต้องการความเห็นที่สอง",
			"मुझे दूसरी राय नहीं चाहिए, मैं इलाज से संतुष्ट हूँ।", "Mujhe doosri raye ki zaroorat nahi.",
			"من نظر دوم را نمی‌خواهم.", "Sitaki maoni ya pili.", "Ayoko ng pangalawang opinyon." })
	void ignoresADeclineInTheOtherLanguages(String text) {
		assertThat(criterion.evaluate(message(text), NOW)).as(text).isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			Хотели бы вы получить второе мнение другого врача? | Да | Нет
			Doriți o a doua opinie medicală? | Da | Nu
			Szeretne második véleményt kérni? | Igen | Nem
			Bạn có muốn xin ý kiến thứ hai không? | Có | Không
			Apakah Anda ingin pendapat dokter lain? | Ya | Tidak
			Je, ungependa maoni ya pili? | Ndiyo | Hapana
			آیا مایل به دریافت نظر دوم هستید؟ | بله | خیر
			""")
	void readsASecondOpinionQuestionAnsweredYesOrNoInItsLanguage(String question, String yes, String no) {
		assertThat(criterion.evaluate(answered(question, yes), NOW)).as(question + " " + yes).isPresent();
		assertThat(criterion.evaluate(answered(question, no), NOW)).as(question + " " + no).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Второе мнение\nОнкологический консилиум: согласны с планом лечения.",
			"A doua opinie - Institutul Oncologic\nSuntem de acord cu planul.",
			"Ý kiến thứ hai - Bệnh viện K\nĐồng ý với phác đồ.", "Opini kedua - RS Kanker\nSetuju dengan rencana terapi.",
			"Drugo mišljenje - KBC Zagreb\nSlažemo se s planom." })
	void takesALetterHeadedAsASecondOpinionInTheOtherLanguagesForOneOnRecord(String letter) {
		org.hl7.fhir.r4.model.DocumentReference request = note("n-1", "2026-06-01", "Patient requests a second opinion.");
		assertThat(criterion.evaluate(notes(request, note("letter", "2026-07-10", letter)), NOW)).as(letter).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Пациент просит второе мнение\nНаправлен в НМИЦ.",
			"Pacientul solicită a doua opinie\nTrimis la Institutul Oncologic.",
			"Bệnh nhân yêu cầu ý kiến thứ hai\nChuyển viện." })
	void keepsALetterHeadedWithARequestInTheOtherLanguagesFromAnsweringIt(String letter) {
		org.hl7.fhir.r4.model.DocumentReference request = note("n-1", "2026-06-01", "Patient requests a second opinion.");
		assertThat(criterion.evaluate(notes(request, note("letter", "2026-07-10", letter)), NOW)).as(letter).isPresent();
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture notes(
			org.hl7.fhir.r4.model.DocumentReference... notes) {
		Patient patient = new Patient();
		patient.setId("p-1");
		List<org.hl7.fhir.r4.model.Resource> all = new java.util.ArrayList<>(List.of(patient));
		all.addAll(List.of(notes));
		return picture(PatientRef.of("test-ehr", "p-1"), all);
	}

	private static org.hl7.fhir.r4.model.DocumentReference note(String id, String day, String text) {
		org.hl7.fhir.r4.model.DocumentReference note = new org.hl7.fhir.r4.model.DocumentReference();
		note.setId(id);
		note.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
		note.setSubject(new Reference("Patient/p-1"));
		note.setType(new org.hl7.fhir.r4.model.CodeableConcept(
				new org.hl7.fhir.r4.model.Coding("http://loinc.org", "11506-3", "Progress note")));
		note.setDate(java.util.Date.from(Instant.parse(day + "T15:00:00Z")));
		note.addContent().setAttachment(new org.hl7.fhir.r4.model.Attachment().setContentType("text/plain")
			.setData(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		return note;
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture message(String text) {
		Patient patient = new Patient();
		patient.setId("p-1");
		Communication message = new Communication();
		message.setId("msg");
		message.setStatus(Communication.CommunicationStatus.COMPLETED);
		message.setSubject(new Reference("Patient/p-1"));
		message.setSender(new Reference("Patient/p-1"));
		message.setSent(java.util.Date.from(Instant.parse("2026-10-02T10:00:00Z")));
		message.addPayload().setContent(new StringType(text));
		return picture(PatientRef.of("test-ehr", "p-1"), List.of(patient, message));
	}

	private static org.secondopinion.assessment.picture.ClinicalPicture answered(String question, String answer) {
		Patient patient = new Patient();
		patient.setId("p-1");
		org.hl7.fhir.r4.model.QuestionnaireResponse response = new org.hl7.fhir.r4.model.QuestionnaireResponse();
		response.setId("qr");
		response.setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(new Reference("Patient/p-1"));
		response.setAuthor(new Reference("Patient/p-1"));
		response.setAuthored(java.util.Date.from(Instant.parse("2026-10-02T10:00:00Z")));
		response.addItem().setLinkId("1").setText(question).addAnswer().setValue(new StringType(answer));
		return picture(PatientRef.of("test-ehr", "p-1"), List.of(patient, response));
	}

	private Optional<Finding> evaluate(String fixture) {
		return criterion.evaluate(picture(FIXTURES + fixture), NOW);
	}

}
