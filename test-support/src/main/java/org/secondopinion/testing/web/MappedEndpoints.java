package org.secondopinion.testing.web;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every path and method that the application's controllers map ({@code RequestMappingHandlerMapping}). */
public final class MappedEndpoints {

	private MappedEndpoints() {
	}

	/**
	 * @param packages the controllers counted: those whose class is in one of these packages (or below)
	 */
	public static Set<Endpoint> of(ApplicationContext context, String... packages) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Set<Endpoint> endpoints = new TreeSet<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (inPackages(handler, packages)) {
				for (String path : paths(info)) {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					if (methods.isEmpty()) {
						throw new IllegalStateException(handler + " maps " + path
								+ " for every HTTP method: name the methods it answers");
					}
					methods.forEach(method -> endpoints.add(new Endpoint(method.name(), path)));
				}
			}
		});
		return endpoints;
	}

	private static boolean inPackages(HandlerMethod handler, String... packages) {
		String name = handler.getBeanType().getPackageName();
		return Arrays.stream(packages).anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
	}

	private static Set<String> paths(RequestMappingInfo info) {
		return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
				: info.getPatternValues();
	}

}
