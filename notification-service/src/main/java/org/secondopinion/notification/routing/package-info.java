/**
 * Routing: rules in configuration map a case's facility, criteria and condition specialty to a coordinator team;
 * within the team, cases are assigned round-robin or to the least-loaded coordinator.
 */
@NullMarked
package org.secondopinion.notification.routing;

import org.jspecify.annotations.NullMarked;
