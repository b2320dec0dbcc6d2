/**
 * The second-opinion packet: the patient's record from the assessment service as a FHIR Bundle, and a printable
 * page with a plain-language summary and the questions to ask.
 */
@NullMarked
package org.secondopinion.notification.packet;

import org.jspecify.annotations.NullMarked;
