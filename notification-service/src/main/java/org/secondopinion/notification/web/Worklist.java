package org.secondopinion.notification.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseListQuery;
import org.secondopinion.notification.cases.CaseQueries;
import org.secondopinion.notification.cases.CaseScope;
import org.springframework.stereotype.Component;

/** The worklist page's read model over the cases: filtered, sorted and limited to the user's scope. */
@Component
class Worklist {

	static final int PAGE_SIZE = 100;

	private final CaseQueries cases;

	private final Clock clock;

	Worklist(CaseQueries cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	List<WorklistRow> rows(WorklistFilter filter, CaseScope scope) {
		Instant openedBefore = filter.minAgeDays() == null ? null
				: clock.instant().minus(Duration.ofDays(filter.minAgeDays()));
		CaseListQuery query = new CaseListQuery(filter.priority(), filter.criterion(), filter.facility(),
				filter.status(), openedBefore, filter.search(), filter.order(), filter.descending());
		return cases.list(query, scope, PAGE_SIZE).stream().map(WorklistRow::of).toList();
	}

	Optional<WorklistRow> row(UUID id) {
		return cases.listItem(new CaseId(id)).map(WorklistRow::of);
	}

	/** The facilities in the user's scope that have cases, for the filter. */
	List<String> facilities(CaseScope scope) {
		return cases.facilities(scope);
	}

}
