/**
 * The deterministic seed population written to the store at startup.
 */
@NullMarked
package org.secondopinion.sandbox.seed;

import org.jspecify.annotations.NullMarked;
