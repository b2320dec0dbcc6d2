package org.secondopinion.security.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.Roles;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The API description at {@code /v3/api-docs} and the Swagger UI at {@code /swagger-ui.html} are for admins only:
 * they map the whole attack surface of a service, and integrators get them from an admin. Every operation needs a
 * Keycloak access token ({@value #KEYCLOAK}) unless it declares otherwise (CDS Hooks calls carry the EHR's own JWT,
 * rest-hook notifications a shared secret).
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class ApiDescriptionAutoConfiguration {

	/** The name of the Keycloak bearer-token security scheme in every service's API description. */
	public static final String KEYCLOAK = "keycloak";

	static final String[] PATHS = { "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
			"/swagger-ui/**" };

	@Bean
	@ConditionalOnMissingBean
	OpenAPI apiDescription(Environment environment) {
		String service = environment.getProperty("spring.application.name", "service");
		return new OpenAPI()
			.info(new Info().title("Second Opinion " + service)
				.version("v1")
				.description("The HTTP API of the " + service + ". Errors are RFC 9457 problem details "
						+ "(application/problem+json)."))
			.components(new Components().addSecuritySchemes(KEYCLOAK, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("An access token of the Keycloak realm second-opinion with audience second-opinion-api; "
						+ "realm roles from realm_access.roles decide what it may call.")))
			.addSecurityItem(new SecurityRequirement().addList(KEYCLOAK));
	}

	@Bean
	ApiAccessRules apiDescriptionAccess() {
		return requests -> requests.requestMatchers(PATHS).hasRole(Roles.ADMIN);
	}

}
