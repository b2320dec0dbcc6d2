/** Coordinator cases: one per flag, with their history, served as the worklist API. */
@NullMarked
package org.secondopinion.notification.cases;

import org.jspecify.annotations.NullMarked;
