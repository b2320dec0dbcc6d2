package org.secondopinion.assessment.criteria;

import java.util.Locale;
import java.util.Set;

import org.secondopinion.assessment.picture.QuestionnaireAnswers;

/**
 * Whether a questionnaire answer says yes or no, in the forms EHRs send: {@code valueBoolean}; a {@code valueCoding}
 * from a yes or no value set (LOINC answer list LL361-7 LA33-6/LA32-8, HL7 v2 table 0136 Y/N, SNOMED CT
 * 373066001/373067005) or, with a local code, a display of "Yes" or "No"; a {@code valueString} of yes or no, in English, German,
 * French, Spanish, Portuguese or Swedish (ja/nein, oui/non, sí/no, sim/não, ja/nej), and in the other languages the
 * questions are read in (tak/nie, evet/hayır, ano/ne, igen/nem, да/не, da/nu, có/không, ya/tidak, ndiyo/hapana, oo/hindi,
 * بله/خیر, नहीं, ...).
 */
record YesNo(CodeSet yes, CodeSet no) {

	enum Said {

		YES, NO, NEITHER

	}

	private static final Set<String> YES_WORDS = words("yes", "y", "true", "yes please", "yes, please", "ja", "oui", "si", "sí",
			"sim", "tak", "evet", "はい", "예", "是",
			// Czech and Slovak, Hungarian, Arabic, Lithuanian, the South Slavic languages and Romanian, Bulgarian and
			// Russian, Ukrainian, Vietnamese, Indonesian and Malay, Thai, Urdu, Hindi, Swahili, Filipino, Persian
			"ano", "áno", "igen", "نعم", "taip", "da", "да", "так", "có", "ya", "iya", "ใช่", "ค่ะ", "ครับ", "ہاں",
			"haan", "ji haan", "हाँ", "हां", "ndiyo", "oo", "opo", "بله", "آری");

	private static final Set<String> NO_WORDS = words("no", "n", "false", "no thanks", "no, thanks", "no thank you",
			"no, thank you", "nein", "non", "nao", "não", "nej", "nei",
			"nee", "nie", "hayır", "hayir", "いいえ", "아니요", "아니오", "否",
			"ne", "nem", "لا", "nē", "nu", "не", "нет", "ні", "không", "tidak", "ไม่", "ไม่ใช่", "نہیں", "nahi", "nahin",
			"ji nahi", "नहीं", "hapana", "hindi", "hindi po", "خیر", "نه");

	private static Set<String> words(String... words) {
		return java.util.Arrays.stream(words).map(Phrases::normalise).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	Said of(QuestionnaireAnswers.Answer answer) {
		if (answer.valueBoolean() != null) {
			return answer.valueBoolean() ? Said.YES : Said.NO;
		}
		if (answer.valueCoding() != null) {
			if (yes.contains(answer.valueCoding())) {
				return Said.YES;
			}
			if (no.contains(answer.valueCoding())) {
				return Said.NO;
			}
			return word(answer.valueCoding().display());
		}
		return word(answer.valueString());
	}

	private static Said word(String text) {
		if (text == null) {
			return Said.NEITHER;
		}
		String word = Phrases.normalise(text).replaceAll("[.!]+$", "").toLowerCase(Locale.ROOT);
		return YES_WORDS.contains(word) ? Said.YES : NO_WORDS.contains(word) ? Said.NO : Said.NEITHER;
	}

}
