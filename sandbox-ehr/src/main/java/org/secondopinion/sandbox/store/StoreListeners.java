package org.secondopinion.sandbox.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who hears of the store's writes; a failing listener is logged and does not stop the others. Thread-safe. */
final class StoreListeners {

	private static final Logger log = LoggerFactory.getLogger(StoreListeners.class);

	private final List<Consumer<ResourceWritten>> listeners = new CopyOnWriteArrayList<>();

	void add(Consumer<ResourceWritten> listener) {
		listeners.add(listener);
	}

	boolean isEmpty() {
		return listeners.isEmpty();
	}

	void publish(ResourceWritten event) {
		for (Consumer<ResourceWritten> listener : listeners) {
			try {
				listener.accept(event);
			}
			catch (RuntimeException ex) {
				log.warn("A listener failed on {}/{}", event.resourceType(), event.id(), ex);
			}
		}
	}

}
