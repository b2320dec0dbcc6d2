package org.secondopinion.gateway.push;

/** Another gateway instance kept the lease of a notified type for longer than a notification waits. */
class LeaseBusyException extends RuntimeException {

	LeaseBusyException(String ehrId, String resourceType) {
		super(resourceType + " of EHR " + ehrId + " is being synced by another gateway instance; deliver the "
				+ "notification again");
	}

}
