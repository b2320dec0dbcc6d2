package org.secondopinion.gateway.lease;

/** The work's lease lapsed or was taken over: stop, leaving what is recorded for the new holder. */
public class LeaseLostException extends IllegalStateException {

	LeaseLostException(String name) {
		super("Lease " + name + " is no longer held by this instance; stopping so that another can take over");
	}

}
