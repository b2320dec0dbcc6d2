/**
 * The clinical evaluation report: the criteria run on a Synthea population and on the sandbox scenario patients,
 * written into {@code docs/rules.md} by the {@code report} profile.
 */
@NullMarked
package org.secondopinion.assessment.report;

import org.jspecify.annotations.NullMarked;
