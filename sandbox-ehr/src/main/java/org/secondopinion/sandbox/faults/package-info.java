/**
 * Fault injection for resilience tests: resources that are not valid FHIR on the wire and requests that fail with
 * a chosen HTTP status. {@link org.secondopinion.sandbox.faults.Faults} is the public API.
 */
@NullMarked
package org.secondopinion.sandbox.faults;

import org.jspecify.annotations.NullMarked;
