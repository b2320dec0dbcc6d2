/**
 * A small provider directory seeded with the patients: Practitioners, PractitionerRoles with their specialties (SNOMED
 * CT and NUCC) at the sandbox's Organizations, from the data file {@code directory/provider-directory.json}.
 */
@NullMarked
package org.secondopinion.sandbox.directory;

import org.jspecify.annotations.NullMarked;
