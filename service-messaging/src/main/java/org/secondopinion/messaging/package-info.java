/**
 * The Kafka edges the services share: retries then the dead-letter topic on intake
 * ({@link org.secondopinion.messaging.DeadLetterAutoConfiguration}), a transactional outbox on output
 * ({@link org.secondopinion.messaging.Outbox}, {@link org.secondopinion.messaging.OutboxRelay}).
 */
@NullMarked
package org.secondopinion.messaging;

import org.jspecify.annotations.NullMarked;
