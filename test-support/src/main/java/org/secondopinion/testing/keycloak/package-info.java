/**
 * A real Keycloak (the official distribution, {@code kc.sh start-dev}) with the production realm from
 * {@code deploy/keycloak/}, plus generated client secrets and local users, for tests and the local stack.
 */
@NullMarked
package org.secondopinion.testing.keycloak;

import org.jspecify.annotations.NullMarked;
