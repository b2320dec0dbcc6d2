/**
 * Live clinic mode: the sandbox keeps adding encounters, observations and orders for its patients over time, so
 * a demo shows new flags appearing while you watch.
 */
@NullMarked
package org.secondopinion.sandbox.clinic;

import org.jspecify.annotations.NullMarked;
