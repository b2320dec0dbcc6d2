package org.secondopinion.assessment.cds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How clinicians answered the cards, per criterion: cards issued, accepted, overridden, and the override reasons.
 * A card counts for every criterion it showed. Holds no patient data.
 */
@RestController
class FeedbackSummaryController {

	private final JdbcClient jdbc;

	FeedbackSummaryController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Operation(summary = "Card acceptance and overrides per criterion, for the rule precision report")
	@GetMapping("/api/v1/rules/feedback")
	Summary summary() {
		Map<String, CriterionFeedback> byCode = new TreeMap<>();
		jdbc.sql("""
				select c.code, count(distinct k.id),
				  count(f.id) filter (where f.outcome = 'accepted'), count(f.id) filter (where f.outcome = 'overridden')
				from cds_card k cross join unnest(k.criteria) as c(code)
				left join cds_feedback f on f.card_id = k.id
				group by c.code""")
			.query((rs, row) -> new CriterionFeedback(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					new LinkedHashMap<>()))
			.list()
			.forEach(c -> byCode.put(c.code(), c));
		jdbc.sql("""
				select c.code, coalesce(f.override_code, 'unstated'), count(*)
				from cds_feedback f join cds_card k on k.id = f.card_id cross join unnest(k.criteria) as c(code)
				where f.outcome = 'overridden'
				group by c.code, f.override_code order by 3 desc""")
			.query((RowCallbackHandler) rs -> {
				CriterionFeedback criterion = byCode.get(rs.getString(1));
				if (criterion != null) {
					criterion.overrideReasons().put(rs.getString(2), rs.getLong(3));
				}
			});
		return new Summary(new ArrayList<>(byCode.values()));
	}

	record Summary(List<CriterionFeedback> criteria) {
	}

	/**
	 * @param acceptanceRate accepted among the cards with feedback; {@code null} before any feedback
	 */
	record CriterionFeedback(String code, long cards, long accepted, long overridden,
			Map<String, Long> overrideReasons) {

		public @Nullable Double acceptanceRate() {
			return accepted + overridden == 0 ? null : (double) accepted / (accepted + overridden);
		}

	}

}
