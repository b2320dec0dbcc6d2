/**
 * Replaying dead letters: an admin lists what waits on {@code <topic>-dlt} and re-publishes it to its topic once the
 * cause is fixed, each replay tracked by a consumer group of its own so that it resumes where it stopped and is never
 * repeated.
 */
@NullMarked
package org.secondopinion.messaging.replay;

import org.jspecify.annotations.NullMarked;
