package org.secondopinion.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The security headers on the answers Tomcat writes itself, for requests it refuses before the application sees
 * them (an invalid URL such as {@code /%}, a request mapped to no application): an engine valve, so that it runs
 * before Tomcat's error report. Every other request passes through untouched, to {@link SecurityHeaders}.
 */
final class ContainerErrorHeaders extends ValveBase {

	ContainerErrorHeaders() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (response.isError() || request.getContext() == null) {
			SecurityHeaders.fillIn(response::containsHeader, response::setHeader);
		}
		getNext().invoke(request, response);
	}

}
