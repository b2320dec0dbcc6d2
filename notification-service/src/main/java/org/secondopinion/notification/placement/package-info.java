/**
 * Placement: which facility a case belongs to, resolved from the organisation references its flag carries (managing
 * organization, encounter service provider or location, requester) through the provider directory and a mapping
 * from the EHRs' organisations to facility names; a case no rule places gets the fallback facility, and is counted.
 */
@NullMarked
package org.secondopinion.notification.placement;

import org.jspecify.annotations.NullMarked;
