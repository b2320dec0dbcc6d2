/**
 * Alert delivery: a persisted queue of e-mails and signed webhook calls, sent by a worker that retries with
 * backoff until the channel accepts them. Nothing is dropped; what waits shows as "delivery pending" on the case.
 */
@NullMarked
package org.secondopinion.notification.delivery;

import org.jspecify.annotations.NullMarked;
