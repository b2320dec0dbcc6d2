/**
 * The coordinators' web UI: login through Keycloak, the live worklist, case pages, the dashboard and the live
 * case stream.
 */
@NullMarked
package org.secondopinion.notification.web;

import org.jspecify.annotations.NullMarked;
