/**
 * Benchmarks of the assessment service, run by the {@code bench} profile; results in {@code docs/benchmarks.md}.
 */
@NullMarked
package org.secondopinion.assessment.bench;

import org.jspecify.annotations.NullMarked;
