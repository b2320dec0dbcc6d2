/** Real servers for integration tests, started once per test JVM and shared by every test class. */
@NullMarked
package org.secondopinion.testing;

import org.jspecify.annotations.NullMarked;
