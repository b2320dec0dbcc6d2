/**
 * The sandbox EHR: an in-memory FHIR R4 server for demos and tests, with a deterministic seed population and
 * fault injection. Start it with {@link org.secondopinion.sandbox.SandboxEhrApplication#start(String...)}.
 */
@NullMarked
package org.secondopinion.sandbox;

import org.jspecify.annotations.NullMarked;
