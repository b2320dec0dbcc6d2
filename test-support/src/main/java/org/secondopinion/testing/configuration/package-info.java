/**
 * The configuration reference, {@code docs/configuration.md}: every {@code second-opinion.*} setting of a service and
 * the Spring settings an operator sets, built from the configuration metadata the build writes, the service's YAML
 * file and the settings records' javadoc, and checked against the file so that the two cannot drift apart.
 */
@NullMarked
package org.secondopinion.testing.configuration;

import org.jspecify.annotations.NullMarked;
