/**
 * The in-memory, versioned, thread-safe resource store behind the FHIR endpoint. {@link
 * org.secondopinion.sandbox.store.FhirStore} is public so that tests and the local stack can add data directly.
 */
@NullMarked
package org.secondopinion.sandbox.store;

import org.jspecify.annotations.NullMarked;
