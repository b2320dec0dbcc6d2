package org.secondopinion.assessment.picture;

import org.jspecify.annotations.Nullable;

/**
 * What one resource version adds to a picture: the patient's details (a Patient), or records (any other type);
 * never changed once built.
 */
record Fragment(@Nullable PatientDetails details, @Nullable PictureBuilder records) {

	static Fragment of(PatientDetails details) {
		return new Fragment(details, null);
	}

	static Fragment of(PictureBuilder records) {
		return new Fragment(null, records);
	}

}
