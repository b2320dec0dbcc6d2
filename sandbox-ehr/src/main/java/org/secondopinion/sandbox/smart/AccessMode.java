package org.secondopinion.sandbox.smart;

/** What the sandbox's FHIR endpoints ask of clients. */
public enum AccessMode {

	/** Nothing: open to everyone (the default). */
	NONE,
	/** HTTP basic with the configured user name and password. */
	BASIC,
	/** The configured static bearer token. */
	BEARER,
	/** A bearer token issued by the SMART token endpoint, unexpired, with a scope that allows the request. */
	SMART

}
