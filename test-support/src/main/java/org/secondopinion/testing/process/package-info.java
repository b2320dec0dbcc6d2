/**
 * Servers shared by the test JVMs of one Maven build: the owners that keep one alive, the lock that serializes
 * starts, the watchdog that stops it when the build ends.
 */
@NullMarked
package org.secondopinion.testing.process;

import org.jspecify.annotations.NullMarked;
