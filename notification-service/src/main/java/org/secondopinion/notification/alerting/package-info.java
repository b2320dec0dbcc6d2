/**
 * Alerting without fatigue: urgent cases alert at once and escalate to the team lead when nobody acknowledges
 * them in time; high and routine cases go to the worklist and a daily digest. A patient's criterion is announced
 * once while the case is open, and e-mail waits out quiet hours.
 */
@NullMarked
package org.secondopinion.notification.alerting;

import org.jspecify.annotations.NullMarked;
