package org.secondopinion.notification.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors as the one asking can read them. A browser asking for a page of the coordinator UI (it accepts
 * {@code text/html}; or any type, of the UI's own controllers) gets the UI's error page, with the way back to the
 * worklist: a case of another facility, an address that names nothing, an error the container reports through
 * {@code /error}. An API client ({@code /api/**}, or accepting JSON but not HTML) gets nothing from here: the problem
 * detail every other endpoint answers.
 */
@Component
class UiErrorPages implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

	private static final String VIEW = "error-page";

	private static final Set<Class<?>> PAGE_CONTROLLERS = Set.of(CasePageController.class, WorklistController.class,
			DashboardController.class);

	private static final List<String> API_PATHS = List.of("/api/", "/v3/", "/actuator/", "/swagger-ui");

	/** Before the problem details of the controller advice, after Spring Boot's record of the exception. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof ErrorResponse error) || !wantsPage(request, handler)) {
			return null;
		}
		error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		String detail = ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException ? null
				: ex instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
						: error.getBody().getDetail();
		return page(error.getStatusCode(), detail);
	}

	/** The container's errors ({@code /error}) for a browser: Spring Boot asks here only for {@code text/html}. */
	@Override
	public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object path = model.get("path");
		return path instanceof String p && isApi(p) ? null : page(status, null);
	}

	private static ModelAndView page(HttpStatusCode status, @Nullable String detail) {
		ModelAndView page = new ModelAndView(VIEW, Map.of("status", status.value(), "detail",
				detail != null && !detail.isBlank() ? detail : generic(status)), status);
		return page;
	}

	private static String generic(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "The address or the form was not valid.";
			case 403 -> "Your account may not open this page.";
			case 404 -> "There is no page at this address.";
			default -> status.is4xxClientError() ? "The request could not be handled."
					: "Something went wrong on our side. Try again in a moment.";
		};
	}

	static boolean wantsPage(HttpServletRequest request, @Nullable Object handler) {
		if (isApi(request.getRequestURI().substring(request.getContextPath().length()))) {
			return false;
		}
		List<MediaType> accepted;
		try {
			String accept = request.getHeader("Accept");
			accepted = accept == null || accept.isBlank() ? List.of() : MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		boolean html = accepted.stream()
			.anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype() && type.getQualityValue() > 0
					&& (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)));
		boolean anything = accepted.isEmpty() || accepted.stream().allMatch(MediaType::isWildcardType);
		return html || (anything && handler instanceof HandlerMethod method
				&& PAGE_CONTROLLERS.contains(method.getBeanType()));
	}

	/** An API client's request: it accepts JSON and does not ask for HTML. */
	static boolean asksForJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || wantsPage(request, null)) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream()
				.anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()
						|| "json".equals(type.getSubtypeSuffix()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isApi(String path) {
		return API_PATHS.stream().anyMatch(path::startsWith);
	}

}
