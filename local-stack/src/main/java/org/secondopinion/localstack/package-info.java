/**
 * The local stack: one command that starts a KRaft Kafka broker, PostgreSQL, the sandbox EHR and the three
 * services on this machine, and prints where everything is.
 */
@NullMarked
package org.secondopinion.localstack;

import org.jspecify.annotations.NullMarked;
