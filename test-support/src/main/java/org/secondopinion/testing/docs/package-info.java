/**
 * Documents in {@code docs/} with parts generated from the code and checked by tests, so that they cannot drift.
 */
@NullMarked
package org.secondopinion.testing.docs;

import org.jspecify.annotations.NullMarked;
