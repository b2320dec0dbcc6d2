package org.secondopinion.notification.cases;

import java.util.List;

/**
 * The changes one batch of flag events made, published once inside the batch's transaction after its cases are
 * written: listeners handle them together (one read, one write per batch) instead of one {@link CaseChanged} at a
 * time. Coordinators' actions are still published one by one as {@link CaseChanged}.
 * @param changes in the order they happened; a case changed twice in the batch appears twice
 */
public record CasesChanged(List<CaseChanged> changes) {

	public CasesChanged {
		changes = List.copyOf(changes);
	}

}
