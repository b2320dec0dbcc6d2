package org.secondopinion.assessment.criteria;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/rules}: the rule catalog with the parameters in force. */
@RestController
class RuleCatalogController {

	private final CriteriaEvaluator evaluator;

	RuleCatalogController(CriteriaEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	@Operation(summary = "The rule catalog: each criterion with the parameters in force")
	@GetMapping("/api/v1/rules")
	RuleCatalog rules() {
		return new RuleCatalog(evaluator.rulesetVersion(), evaluator.rules(), evaluator.suppression());
	}

	/**
	 * @param rulesetVersion the version every flag carries: the configured one and a fingerprint of all that follows
	 * @param suppression the parameters of the rule that keeps findings down when a second opinion is on record
	 */
	record RuleCatalog(String rulesetVersion, List<CriteriaEvaluator.RuleDescription> rules,
			Map<String, String> suppression) {
	}

}
