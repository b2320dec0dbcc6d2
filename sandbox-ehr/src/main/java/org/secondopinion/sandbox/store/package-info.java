/**
 * The versioned, thread-safe resource store behind the FHIR endpoint: resource versions as deflated JSON in a
 * memory-mapped file, an index of primitive columns on the heap. {@link org.secondopinion.sandbox.store.FhirStore} is
 * public so that tests and the local stack can add data directly; {@link
 * org.secondopinion.sandbox.store.StoreBenchmark} measures it.
 */
@NullMarked
package org.secondopinion.sandbox.store;

import org.jspecify.annotations.NullMarked;
