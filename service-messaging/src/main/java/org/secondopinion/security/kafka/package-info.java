/**
 * The Kafka edges every service shares: retries then the dead-letter topic on intake, a transactional outbox on
 * output.
 */
@NullMarked
package org.secondopinion.security.kafka;

import org.jspecify.annotations.NullMarked;
