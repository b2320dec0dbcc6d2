package org.secondopinion.sandbox.faults;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.springframework.stereotype.Component;

/**
 * The faults that act on pages of searches and histories: a page-size cap ({@link Faults#capPageSize}), applied by
 * lowering {@code _count} before HAPI reads it (so the {@code next} links carry the capped count), and the last entry
 * of a page repeated at the top of the next ({@link Faults#repeatLastEntryOnNextPage}), remembered by the page's
 * {@code next} link.
 */
@Component
@Interceptor
class PageFaults {

	private static final int REMEMBERED_PAGES = 1000;

	private final Faults faults;

	/** The last entry of a page, by the query of its {@code next} link. */
	private final Map<Map<String, String>, BundleEntryComponent> lastEntries = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Map<String, String>, BundleEntryComponent> eldest) {
				return size() > REMEMBERED_PAGES;
			}

		});

	PageFaults(Faults faults) {
		this.faults = faults;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void capCount(RequestDetails request) {
		int cap = faults.pageSizeCap();
		if (cap == 0 || "metadata".equals(request.getOperation())) {
			return;
		}
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameters());
		String[] count = parameters.get(Constants.PARAM_COUNT);
		int asked = count == null || count.length == 0 ? Integer.MAX_VALUE : parse(count[0]);
		if (asked > cap) {
			parameters.put(Constants.PARAM_COUNT, new String[] { Integer.toString(cap) });
			request.setParameters(parameters);
		}
	}

	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	public boolean repeatLastEntry(RequestDetails request, ResponseDetails response) {
		if (!faults.repeatsLastEntry() || !(response.getResponseResource() instanceof Bundle bundle)
				|| (bundle.getType() != BundleType.SEARCHSET && bundle.getType() != BundleType.HISTORY)) {
			return true;
		}
		BundleEntryComponent previous = lastEntries.remove(query(request));
		Bundle.BundleLinkComponent next = bundle.getLink(Bundle.LINK_NEXT);
		if (next != null && !bundle.getEntry().isEmpty()) {
			lastEntries.put(query(URI.create(next.getUrl())), bundle.getEntry().getLast().copy());
		}
		if (previous != null) {
			bundle.getEntry().addFirst(previous);
		}
		return true;
	}

	/** The query of a request, as the key of the page it asks for. */
	private static Map<String, String> query(RequestDetails request) {
		Map<String, String> query = new TreeMap<>();
		request.getParameters().forEach((name, values) -> query.put(name, String.join(",", values)));
		query.put("", request.getRequestPath());
		return query;
	}

	/** The query of a link, as {@link #query(RequestDetails)} sees it when the link is followed. */
	private static Map<String, String> query(URI link) {
		Map<String, String> query = new TreeMap<>();
		if (link.getRawQuery() != null) {
			for (String pair : link.getRawQuery().split("&")) {
				int equals = pair.indexOf('=');
				String name = decode(equals < 0 ? pair : pair.substring(0, equals));
				String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
				query.merge(name, value, (first, second) -> first + "," + second);
			}
		}
		String path = link.getPath();
		int base = path.indexOf("/fhir");
		query.put("", base < 0 ? path : path.substring(base + "/fhir".length()).replaceFirst("^/", ""));
		return query;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static int parse(String count) {
		try {
			return Integer.parseInt(count);
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

}
