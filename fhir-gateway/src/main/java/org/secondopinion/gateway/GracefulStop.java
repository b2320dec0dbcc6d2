package org.secondopinion.gateway;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/** Stops the gateway's background work: what runs may finish (the leases asked it to stop after its page). */
public final class GracefulStop {

	private GracefulStop() {
	}

	/**
	 * Shuts {@code executor} down, if there is one, and waits up to {@code grace} for its work to end; interrupts it only
	 * if it does not, then waits up to {@code grace} again.
	 * @return {@code null}: the executor is done with
	 */
	public static <E extends ExecutorService> @Nullable E stop(@Nullable E executor, Duration grace) {
		if (executor == null) {
			return null;
		}
		executor.shutdown();
		try {
			if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				executor.shutdownNow();
				executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
		return null;
	}

}
