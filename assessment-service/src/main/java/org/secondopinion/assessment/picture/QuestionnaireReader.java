package org.secondopinion.assessment.picture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;

import static org.secondopinion.assessment.picture.FhirValues.code;
import static org.secondopinion.assessment.picture.FhirValues.instant;
import static org.secondopinion.assessment.picture.FhirValues.plain;

/** Reads a QuestionnaireResponse, flattening nested items and answers. */
final class QuestionnaireReader {

	private QuestionnaireReader() {
	}

	static QuestionnaireAnswers read(QuestionnaireResponse response, String id, String reference) {
		List<QuestionnaireAnswers.Answer> answers = new ArrayList<>();
		flatten(response.getItem(), answers);
		return new QuestionnaireAnswers(reference, id, response.hasQuestionnaire() ? response.getQuestionnaire() : null,
				code(response.getStatusElement().getValueAsString()), instant(response.getAuthored()),
				plain(response.getAuthor()), plain(response.getSource()), answers);
	}

	private static void flatten(List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items,
			List<QuestionnaireAnswers.Answer> into) {
		for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : items) {
			String question = item.hasText() ? item.getText() : null;
			for (QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
				var value = answer.getValue();
				into.add(new QuestionnaireAnswers.Answer(item.getLinkId(), question,
						value instanceof BooleanType b ? b.getValue() : null,
						value instanceof Coding c && c.hasCode()
								? new CodedConcept(c.hasSystem() ? c.getSystem() : "", c.getCode(), c.getDisplay()) : null,
						value instanceof StringType s ? s.getValue() : null,
						value instanceof IntegerType i ? BigDecimal.valueOf(i.getValue())
								: value instanceof DecimalType d ? d.getValue() : null));
				flatten(answer.getItem(), into);
			}
			flatten(item.getItem(), into);
		}
	}

}
