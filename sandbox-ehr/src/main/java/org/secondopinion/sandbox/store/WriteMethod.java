package org.secondopinion.sandbox.store;

/** How a version came to be, as the {@code request.method} of a history entry says it. */
public enum WriteMethod {

	/** Created with an id the store assigned. */
	POST,

	/** Created or updated under its own id. */
	PUT,

	/** Deleted: the version is a tombstone, without content. */
	DELETE

}
