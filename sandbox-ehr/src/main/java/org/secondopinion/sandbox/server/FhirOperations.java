package org.secondopinion.sandbox.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose HAPI-annotated methods ({@code @Operation}, {@code @History}...) the FHIR server registers as a
 * plain provider: operations at system, type or instance level that other features add to the server. Beans that
 * implement HAPI's {@code IResourceProvider} are registered as resource providers without a mark.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FhirOperations {

}
