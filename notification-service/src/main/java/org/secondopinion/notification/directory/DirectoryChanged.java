package org.secondopinion.notification.directory;

import org.secondopinion.events.EhrId;

/** An EHR's provider directory changed: a resource of it was stored or removed (published in-process). */
public record DirectoryChanged(EhrId ehrId, String resourceType) {
}
