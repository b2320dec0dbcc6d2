/**
 * The notification service: turns second-opinion flags into coordinator cases, alerts coordinators and tracks
 * each case to closure.
 */
@NullMarked
package org.secondopinion.notification;

import org.jspecify.annotations.NullMarked;
