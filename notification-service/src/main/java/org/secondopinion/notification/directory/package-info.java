/**
 * The EHRs' provider directory (Practitioner, PractitionerRole, Organization, Location) as the gateway publishes it,
 * kept here to suggest specialists for a second opinion.
 */
@NullMarked
package org.secondopinion.notification.directory;

import org.jspecify.annotations.NullMarked;
