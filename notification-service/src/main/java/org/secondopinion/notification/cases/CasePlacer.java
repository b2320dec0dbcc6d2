package org.secondopinion.notification.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;

/** Decides the facility of a case from what its flag says of the patient's record; the placement feature implements it. */
public interface CasePlacer {

	/**
	 * @param flagFacility the facility the flag names
	 * @param organizations the flag's organisation references; {@code null} when its producer sends none
	 */
	Placement place(EhrId ehr, @Nullable String flagFacility,
			@Nullable List<IncomingFlag.OrganizationReference> organizations);

}
