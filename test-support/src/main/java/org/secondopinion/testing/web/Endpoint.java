package org.secondopinion.testing.web;

import java.util.Locale;

/** An HTTP method and a path pattern as Spring MVC maps it, e.g. {@code GET /api/v1/cases/{id}}. */
public record Endpoint(String method, String path) implements Comparable<Endpoint> {

	public Endpoint {
		method = method.toUpperCase(Locale.ROOT);
	}

	/** Parses {@code "GET /api/v1/cases/{id}"}. */
	public static Endpoint of(String methodAndPath) {
		int space = methodAndPath.indexOf(' ');
		if (space <= 0) {
			throw new IllegalArgumentException("Write an endpoint as 'METHOD /path', not '" + methodAndPath + "'");
		}
		return new Endpoint(methodAndPath.substring(0, space), methodAndPath.substring(space + 1).trim());
	}

	/** The path with every variable filled in with a value that names nothing (a random-looking UUID). */
	public String samplePath() {
		return path.replaceAll("\\{[^}]+\\}", "00000000-0000-4000-8000-000000000000").replace("**", "index.html");
	}

	@Override
	public int compareTo(Endpoint other) {
		int byPath = path.compareTo(other.path);
		return byPath != 0 ? byPath : method.compareTo(other.method);
	}

	@Override
	public String toString() {
		return method + " " + path;
	}

}
