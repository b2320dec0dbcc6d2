/**
 * Fault injection for resilience tests: latency, failing requests (429 with {@code Retry-After}, 5xx), connections
 * dropped mid-body, pages that repeat an entry of the page before, a cap on the page size, and resources that are
 * not valid FHIR on the wire. {@link org.secondopinion.sandbox.faults.Faults} is the public API;
 * {@code /admin/faults} is the same over HTTP.
 */
@NullMarked
package org.secondopinion.sandbox.faults;

import org.jspecify.annotations.NullMarked;
