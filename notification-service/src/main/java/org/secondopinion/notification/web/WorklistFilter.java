package org.secondopinion.notification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.Priority;
import org.secondopinion.notification.cases.CaseOrder;
import org.springframework.util.StringUtils;

/**
 * What a coordinator asked the worklist for: filters (empty means any), a search and the sort order.
 * @param minAgeDays only cases opened at least this many days ago
 * @param search part of a patient's name or MRN, any case ({@code q} in the query string)
 * @param sort the key of a {@link CaseOrder}; priority sorts urgent first, then oldest first
 */
record WorklistFilter(@Nullable String priority, @Nullable String criterion, @Nullable String facility,
		@Nullable String status, @Nullable Integer minAgeDays, @Nullable String search, String sort,
		boolean descending) {

	/** The longest search text taken; a name or an MRN is far shorter. */
	static final int MAX_SEARCH = 100;

	static final List<String> PRIORITIES = Arrays.stream(Priority.values()).map(Priority::code).toList();

	static final List<String> STATUSES = List.of("new", "acknowledged", "in-review", "referred", "closed");

	static final List<String> CRITERIA = Arrays.stream(CriterionCode.values()).map(CriterionCode::code).toList();

	static final List<Integer> AGES = List.of(1, 7, 30);

	private static final Set<String> DESCENDING_BY_DEFAULT = Set.of("updated");

	/** Reads request parameters leniently: unknown values mean "any", so a stale bookmark still opens. */
	static WorklistFilter of(@Nullable String priority, @Nullable String criterion, @Nullable String facility,
			@Nullable String status, @Nullable Integer minAgeDays, @Nullable String sort, @Nullable String direction) {
		return of(priority, criterion, facility, status, minAgeDays, null, sort, direction);
	}

	/** As {@link #of(String, String, String, String, Integer, String, String)}, with a search text (trimmed). */
	static WorklistFilter of(@Nullable String priority, @Nullable String criterion, @Nullable String facility,
			@Nullable String status, @Nullable Integer minAgeDays, @Nullable String search, @Nullable String sort,
			@Nullable String direction) {
		String key = sort != null && CaseOrder.byKey(sort).isPresent() ? sort : CaseOrder.PRIORITY.key();
		boolean descending = direction == null ? DESCENDING_BY_DEFAULT.contains(key) : direction.equals("desc");
		if (search != null && search.strip().length() > MAX_SEARCH) {
			throw new IllegalArgumentException("The search takes at most " + MAX_SEARCH + " characters");
		}
		return new WorklistFilter(oneOf(priority, PRIORITIES), oneOf(criterion, CRITERIA),
				StringUtils.hasText(facility) ? facility : null, oneOf(status, STATUSES),
				minAgeDays != null && minAgeDays > 0 ? minAgeDays : null,
				StringUtils.hasText(search) ? search.strip() : null, key, descending);
	}

	/** The open worklist: every status but closed would hide history, so all statuses, urgent first. */
	static WorklistFilter defaults() {
		return of(null, null, null, null, null, null, null);
	}

	CaseOrder order() {
		return CaseOrder.byKey(sort).orElseThrow();
	}

	/** The SQL order the cases are listed in. */
	public String orderBy() {
		return order().orderBy(descending);
	}

	/** The direction a click on the column header asks for next. */
	public String nextDirection(String column) {
		return column.equals(sort) && !descending ? "desc" : "asc";
	}

	/** The query string of this filter sorted by the column, in the direction a click on its header asks for. */
	public String sortedBy(String column) {
		return query(column, nextDirection(column));
	}

	/** This filter as a query string. */
	public String query() {
		return query(sort, descending ? "desc" : "asc");
	}

	/** This filter as a saved filter keeps it: the filters and sort without the search text (no patient data). */
	public String savedQuery() {
		return query(sort, descending ? "desc" : "asc", false);
	}

	private String query(String sortKey, String direction) {
		return query(sortKey, direction, true);
	}

	private String query(String sortKey, String direction, boolean withSearch) {
		StringBuilder query = new StringBuilder();
		append(query, "q", withSearch ? search : null);
		append(query, "priority", priority);
		append(query, "criterion", criterion);
		append(query, "facility", facility);
		append(query, "status", status);
		append(query, "age", minAgeDays == null ? null : minAgeDays.toString());
		append(query, "sort", sortKey);
		append(query, "dir", direction);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, @Nullable String value) {
		if (value != null) {
			query.append(query.isEmpty() ? "" : "&").append(name).append('=')
				.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	/** {@code ascending}, {@code descending} or {@code none}, for the column header's aria-sort. */
	public String ariaSort(String column) {
		return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
	}

	private static @Nullable String oneOf(@Nullable String value, List<String> allowed) {
		return value != null && allowed.contains(value) ? value : null;
	}

}
