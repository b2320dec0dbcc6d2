/**
 * What every service shares at its HTTP edge: Keycloak-issued JWTs checked for issuer, audience, signature and
 * expiry; realm roles from {@code realm_access.roles}; the user's facilities; RFC 9457 problem details for 401 and
 * 403; security headers and request size limits.
 */
@NullMarked
package org.secondopinion.security;

import org.jspecify.annotations.NullMarked;
