/**
 * The FHIR gateway: the only part of Second Opinion that talks to EHRs. It pulls FHIR R4 resources, publishes
 * them to Kafka keyed by patient, and remembers how far it got in PostgreSQL.
 */
@NullMarked
package org.secondopinion.gateway;

import org.jspecify.annotations.NullMarked;
