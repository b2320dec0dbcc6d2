/**
 * Optional access control of the sandbox's FHIR API, for testing clients' authentication: HTTP basic, a static
 * bearer token, or SMART Backend Services with a token endpoint ({@code POST /auth/token}) that verifies
 * {@code private_key_jwt} client assertions against registered clients' public keys, and its discovery document
 * ({@code /fhir/.well-known/smart-configuration}). Off by default.
 */
@NullMarked
package org.secondopinion.sandbox.smart;

import org.jspecify.annotations.NullMarked;
