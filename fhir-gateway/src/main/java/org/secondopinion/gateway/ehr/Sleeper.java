package org.secondopinion.gateway.ehr;

/** Waits between attempts and for the rate limit; replaced in tests. */
@FunctionalInterface
interface Sleeper {

	void sleep(long millis) throws InterruptedException;

}
