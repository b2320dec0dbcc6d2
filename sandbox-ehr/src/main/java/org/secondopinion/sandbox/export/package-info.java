/**
 * FHIR Bulk Data Access ({@code $export}) at system, patient and group level: asynchronous jobs that write NDJSON
 * files to a temporary directory, a status endpoint that answers 202 while a job runs and the manifest when it is
 * done, and the files themselves, streamed.
 */
@NullMarked
package org.secondopinion.sandbox.export;

import org.jspecify.annotations.NullMarked;
