/**
 * The reference FHIR server (a stock HAPI FHIR JPA server, module {@code reference-fhir-server}), run in a child
 * JVM and shared by the test JVMs of one Maven build.
 */
@NullMarked
package org.secondopinion.testing.fhir;

import org.jspecify.annotations.NullMarked;
