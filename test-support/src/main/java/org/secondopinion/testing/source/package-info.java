/**
 * Checks over a module's main Java sources that keep the code honest where the compiler cannot: one spelling of
 * the shared vocabulary, and no copied blocks.
 */
@NullMarked
package org.secondopinion.testing.source;

import org.jspecify.annotations.NullMarked;
