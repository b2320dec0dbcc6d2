package org.secondopinion.assessment.criteria;

import java.util.Locale;
import java.util.Set;

import org.secondopinion.assessment.picture.QuestionnaireAnswers;

/**
 * Whether a questionnaire answer says yes or no, in the forms EHRs send: {@code valueBoolean}; a {@code valueCoding}
 * from a yes or no value set (LOINC answer list LL361-7 LA33-6/LA32-8, HL7 v2 table 0136 Y/N, SNOMED CT
 * 373066001/373067005) or, with a local code, a display of "Yes" or "No"; a {@code valueString} of yes or no, in English, German,
 * French, Spanish, Portuguese or Swedish (ja/nein, oui/non, sí/no, sim/não, ja/nej).
 */
record YesNo(CodeSet yes, CodeSet no) {

	enum Said {

		YES, NO, NEITHER

	}

	private static final Set<String> YES_WORDS = Set.of("yes", "y", "true", "yes please", "yes, please", "ja", "oui", "si", "sí",
			"sim", "tak", "evet", "はい", "예", "是");

	private static final Set<String> NO_WORDS = Set.of("no", "n", "false", "no thanks", "no, thanks", "no thank you",
			"no, thank you", "nein", "non", "nao", "não", "nej", "nei",
			"nee", "nie", "hayır", "hayir", "いいえ", "아니요", "아니오", "否");

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
