package org.secondopinion.notification.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorklistFilterTests {

	@Test
	void readsKnownValuesAndIgnoresUnknownOnesSoAStaleBookmarkStillOpens() {
		WorklistFilter filter = WorklistFilter.of("urgent", "NO_SUCH_CRITERION", "North Clinic", "lost", -3, "'; drop table x", "sideways");

		assertThat(filter.priority()).isEqualTo("urgent");
		assertThat(filter.criterion()).isNull();
		assertThat(filter.facility()).isEqualTo("North Clinic");
		assertThat(filter.status()).isNull();
		assertThat(filter.minAgeDays()).isNull();
		assertThat(filter.sort()).isEqualTo("priority");
		assertThat(filter.orderBy()).doesNotContain("drop").endsWith(", id");
	}

	@Test
	void sortsUrgentFirstByDefaultAndTogglesTheDirectionOfTheSortedColumn() {
		WorklistFilter byDefault = WorklistFilter.defaults();
		assertThat(byDefault.orderBy()).startsWith("case priority when 'urgent' then 0").contains("asc");
		assertThat(byDefault.ariaSort("priority")).isEqualTo("ascending");
		assertThat(byDefault.ariaSort("age")).isEqualTo("none");
		assertThat(byDefault.sortedBy("priority")).isEqualTo("sort=priority&dir=desc");

		WorklistFilter oldestLast = WorklistFilter.of(null, null, null, null, null, "age", "desc");
		assertThat(oldestLast.orderBy()).isEqualTo("created_at desc, id");
		assertThat(oldestLast.ariaSort("age")).isEqualTo("descending");
		assertThat(oldestLast.sortedBy("age")).isEqualTo("sort=age&dir=asc");
	}

	@Test
	void keepsTheFiltersInTheLinksOfTheColumnHeaders() {
		WorklistFilter filter = WorklistFilter.of("high", "MAJOR_PROCEDURE_PLANNED", "South & East", "new", 7, null, null);

		assertThat(filter.sortedBy("facility")).isEqualTo(
				"priority=high&criterion=MAJOR_PROCEDURE_PLANNED&facility=South+%26+East&status=new&age=7&sort=facility&dir=asc");
	}

}
