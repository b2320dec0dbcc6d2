package org.secondopinion.gateway.sync;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.secondopinion.gateway.lease.Lease;
import org.secondopinion.gateway.ingest.IngestSettings;
import org.secondopinion.gateway.ingest.ResourceDeletions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Finds deletes in {@code [type]/_history?_since=(deletes watermark - overlap)} and publishes each as
 * {@code resource.deleted}, keyed like the versions before it. A search cannot see deleted resources, so this is
 * how they reach the assessment.
 */
@Component
class DeletionSync {

	private final SyncStateRepository state;

	private final ResourceDeletions deletions;

	private final GatewaySettings settings;

	private final IngestSettings ingest;

	DeletionSync(SyncStateRepository state, ResourceDeletions deletions, GatewaySettings settings,
			IngestSettings ingest) {
		this.state = state;
		this.deletions = deletions;
		this.settings = settings;
		this.ingest = ingest;
	}

	/**
	 * Publishes the deletes since the deletes watermark; the first pass only sets the watermark to when it started.
	 * Stops with {@link org.secondopinion.gateway.lease.LeaseLostException} once {@code lease} is lost.
	 * @return the deletes published
	 */
	int sync(ConnectedEhrs.Connected ehr, String resourceType, Instant passStarted, Lease lease) {
		Optional<Instant> since = state.deletesWatermark(ehr.id(), resourceType);
		if (since.isEmpty()) {
			state.recordDeletesRead(ehr.id(), resourceType, passStarted, 0);
			return 0;
		}
		Instant reached = since.get();
		int published = 0;
		URI url = URI.create(ehr.client().baseUrl() + "/" + resourceType + "/_history?_since="
				+ URLEncoder.encode(since.get().minus(ingest.overlap()).toString(), StandardCharsets.UTF_8)
				+ "&_count=" + settings.pageSizeOf(ehr.settings()));
		while (url != null) {
			JsonNode bundle = ehr.client().search(url);
			for (JsonNode entry : bundle.path("entry")) {
				Instant at = changedAt(entry);
				if (at != null && at.isAfter(reached)) {
					reached = at;
				}
				if ("DELETE".equals(entry.path("request").path("method").asString(""))) {
					lease.check();
					published += publish(ehr, resourceType, entry, at) ? 1 : 0;
				}
			}
			url = next(bundle, url);
		}
		state.recordDeletesRead(ehr.id(), resourceType, reached, published);
		return published;
	}

	private boolean publish(ConnectedEhrs.Connected ehr, String resourceType, JsonNode entry, @Nullable Instant at) {
		String id = idOf(entry, resourceType);
		String version = versionOf(entry);
		if (id == null || version == null) {
			return false;
		}
		PatientKey patient = null;
		if (!deletions.knowsPatientOf(ehr.id(), resourceType, id)) {
			patient = patientOfPreviousVersion(ehr, resourceType, id, version);
		}
		return deletions.deleted(ehr.id(), resourceType, id, version, at, patient);
	}

	private static @Nullable PatientKey patientOfPreviousVersion(ConnectedEhrs.Connected ehr, String type, String id,
			String version) {
		try {
			long previous = Long.parseLong(version) - 1;
			JsonNode before = ehr.client()
				.read(URI.create(ehr.client().baseUrl() + "/" + type + "/" + id + "/_history/" + previous));
			return ResourceEvents.patientOf(ehr.id().value(), before).orElse(null);
		}
		catch (NumberFormatException | EhrUnavailableException ex) {
			return null;
		}
	}

	/** {@code Condition/123} from {@code request.url}, or from {@code fullUrl}. */
	private static @Nullable String idOf(JsonNode entry, String resourceType) {
		for (String url : new String[] { entry.path("request").path("url").asString(""),
				entry.path("fullUrl").asString("") }) {
			String path = url.replaceAll("/_history/.*$", "");
			int at = path.lastIndexOf(resourceType + "/");
			if (at >= 0 && (at == 0 || path.charAt(at - 1) == '/')) {
				String id = path.substring(at + resourceType.length() + 1);
				if (!id.isEmpty() && !id.contains("/")) {
					return id;
				}
			}
		}
		return null;
	}

	/** The version from {@code response.etag} ({@code W/"3"}) or a versioned {@code fullUrl}. */
	private static @Nullable String versionOf(JsonNode entry) {
		String etag = entry.path("response").path("etag").asString("");
		String version = etag.replaceFirst("^W/", "").replace("\"", "");
		if (!version.isEmpty()) {
			return version;
		}
		String fullUrl = entry.path("fullUrl").asString("");
		int at = fullUrl.indexOf("/_history/");
		return at < 0 ? null : fullUrl.substring(at + "/_history/".length());
	}

	private static @Nullable Instant changedAt(JsonNode entry) {
		String value = entry.path("response").path("lastModified").asString("");
		if (value.isEmpty()) {
			value = entry.path("resource").path("meta").path("lastUpdated").asString("");
		}
		try {
			return value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable URI next(JsonNode bundle, URI requested) {
		for (JsonNode link : bundle.path("link")) {
			if ("next".equals(link.path("relation").asString(""))) {
				String url = link.path("url").asString("");
				return url.isEmpty() ? null : requested.resolve(url);
			}
		}
		return null;
	}

}
