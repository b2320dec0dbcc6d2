/**
 * FHIR R4 Subscriptions with the notification format of the R5 Subscriptions Backport IG: rest-hook channels,
 * {@code id-only} (or {@code empty}) payloads, criteria of a resource type optionally narrowed to one patient.
 * Every create, update and delete of a matching resource is POSTed to the endpoint as a {@code history} Bundle led by
 * a subscription status {@code Parameters}, asynchronously and with retries.
 */
@NullMarked
package org.secondopinion.sandbox.subscriptions;

import org.jspecify.annotations.NullMarked;
