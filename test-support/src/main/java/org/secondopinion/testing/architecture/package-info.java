/** ArchUnit conditions the services' architecture tests share. */
@NullMarked
package org.secondopinion.testing.architecture;

import org.jspecify.annotations.NullMarked;
