package org.secondopinion.gateway.push;

import org.secondopinion.events.EhrId;

/** Another gateway instance kept the lease of a notified type for longer than a notification waits. */
class LeaseBusyException extends RuntimeException {

	LeaseBusyException(EhrId ehrId, String resourceType) {
		super(resourceType + " of EHR " + ehrId + " is being synced by another gateway instance; deliver the "
				+ "notification again");
	}

}
