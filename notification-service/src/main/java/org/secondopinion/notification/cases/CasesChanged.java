package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Map;

/**
 * The changes one batch of flag events made, published once inside the batch's transaction after its cases are
 * written: listeners handle them together (e.g. one write per batch) instead of one {@link CaseChanged} at a
 * time. Coordinators' actions are still published one by one as {@link CaseChanged}.
 * @param changes in the order they happened; a case changed twice in the batch appears twice
 * @param cases each changed case as the batch left it (as {@link CaseManagement#records} would read it back after
 * the batch's writes: no history, no deliveries), so that listeners need not read the cases again
 */
public record CasesChanged(List<CaseChanged> changes, Map<CaseId, CaseDetail> cases) {

	public CasesChanged {
		changes = List.copyOf(changes);
		cases = Map.copyOf(cases);
	}

}
