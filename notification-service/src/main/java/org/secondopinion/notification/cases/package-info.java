/**
 * Coordinator cases: one per flag, with their history, served as the worklist API. The package owns the case tables
 * ({@code care_case}, {@code case_history}, {@code case_alert}); other features read and change cases through
 * {@code CaseManagement}, {@code CaseQueries}, {@code CaseStatistics} and {@code CaseAlertLog}, in a
 * {@code CaseScope} built from the current user.
 */
@NullMarked
package org.secondopinion.notification.cases;

import org.jspecify.annotations.NullMarked;
