/**
 * Incremental sync: for each EHR and resource type, search {@code _lastUpdated} from the watermark, follow the
 * pages, publish each resource to {@code ehr.resources.v1}, and move the watermark only after Kafka acknowledged
 * the page. Malformed resources go to the dead-letter topic with the reason; the rest flow on.
 */
@NullMarked
package org.secondopinion.gateway.sync;

import org.jspecify.annotations.NullMarked;
