/**
 * The HAPI FHIR {@code RestfulServer} at {@code /fhir/*}: read, vread, create, update, delete (as tombstones),
 * history and search over the store.
 */
@NullMarked
package org.secondopinion.sandbox.server;

import org.jspecify.annotations.NullMarked;
