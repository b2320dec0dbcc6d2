/**
 * What each user keeps of their own in the coordinator UI, by their token's subject: the worklist filters they saved
 * under a name.
 */
@NullMarked
package org.secondopinion.notification.preferences;

import org.jspecify.annotations.NullMarked;
