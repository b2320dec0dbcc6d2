package org.secondopinion.notification.directory;

/** An EHR's provider directory changed: a resource of it was stored or removed (published in-process). */
public record DirectoryChanged(String ehrId, String resourceType) {
}
