package org.secondopinion.gateway.sync;

import org.secondopinion.events.EhrId;

/**
 * Asks for an incremental pass over one EHR now instead of at the next poll, e.g. when the EHR notified a change
 * without saying which resource (an id-only rest-hook). Requests that arrive while one is waiting are merged.
 */
public interface SyncTrigger {

	/** Queues a pass over the EHR's types; returns at once. */
	void passNow(EhrId ehrId);

}
