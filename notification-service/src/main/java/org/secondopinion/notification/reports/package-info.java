/**
 * Aggregate reports over cases: the per-criterion precision report fed by close reasons, and the dashboard data
 * (flags per criterion per day, time to acknowledge, acceptance per criterion). No patient appears in them.
 */
@NullMarked
package org.secondopinion.notification.reports;

import org.jspecify.annotations.NullMarked;
