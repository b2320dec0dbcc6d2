/** The Kafka intake edge every consuming service shares: retries, then the dead-letter topic. */
@NullMarked
package org.secondopinion.security.kafka;

import org.jspecify.annotations.NullMarked;
