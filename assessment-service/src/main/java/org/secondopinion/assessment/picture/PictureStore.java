package org.secondopinion.assessment.picture;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.ResourceEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/** Keeps the latest version of each resource per patient; an older version arriving late never wins. */
@Repository
public class PictureStore {

	private final JdbcClient jdbc;

	private final PictureAssembler assembler;

	PictureStore(JdbcClient jdbc, PictureAssembler assembler) {
		this.jdbc = jdbc;
		this.assembler = assembler;
	}

	/**
	 * Stores the resource of a {@code resource.upserted} event unless a newer version is already kept, and answers
	 * how many of its codings have no system (the rules leave those out).
	 * @throws UnreadableResourceException when the resource cannot be read as FHIR R4: it is not kept
	 */
	public int upsert(PatientKey patient, CloudEvent event) {
		JsonNode resource = event.data();
		String json = resource.toString();
		int withoutSystem = assembler.check(resource.path("resourceType").asString(), resource.path("id").asString(),
				json);
		jdbc.sql("""
				insert into patient_resource (ehr_id, resource_type, resource_id, patient_id, version_id, last_updated,
				                              body, event_id)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
				on conflict (ehr_id, resource_type, resource_id) do update set
				  patient_id = excluded.patient_id, version_id = excluded.version_id,
				  last_updated = excluded.last_updated, body = excluded.body, event_id = excluded.event_id,
				  received_at = now(), deleted = false
				where """ + NOT_OLDER)
			.params(patient.ehrId(), resource.path("resourceType").asString(), resource.path("id").asString(),
					patient.patientId(), ResourceEvents.versionOf(resource), timestamp(resource), json, event.id())
			.update();
		return withoutSystem;
	}

	/**
	 * Forgets a resource the EHR deleted, keeping a tombstone (no body) of the version deleted and when, so that an
	 * older version arriving late does not bring it back; a newer version (re-created) does.
	 */
	public void delete(PatientKey patient, CloudEvent event) {
		JsonNode data = event.data();
		String version = data.path("versionId").asString("");
		jdbc.sql("""
				insert into patient_resource (ehr_id, resource_type, resource_id, patient_id, version_id, last_updated,
				                              body, event_id, deleted)
				values (?, ?, ?, ?, ?, ?, cast('{}' as jsonb), ?, true)
				on conflict (ehr_id, resource_type, resource_id) do update set
				  version_id = excluded.version_id, last_updated = excluded.last_updated, body = excluded.body,
				  event_id = excluded.event_id, received_at = now(), deleted = true
				where """ + NOT_OLDER)
			.params(patient.ehrId(), data.path("resourceType").asString(), data.path("id").asString(),
					patient.patientId(), version.isEmpty() ? "deleted" : version,
					Timestamp.from(event.time().toInstant()), event.id())
			.update();
	}

	/**
	 * The condition for a version to replace the one kept: not an older numeric version id, and not an older
	 * {@code meta.lastUpdated} (either missing counts as not older).
	 */
	private static final String NOT_OLDER = """
			(excluded.version_id !~ '^[0-9]{1,18}$' or patient_resource.version_id !~ '^[0-9]{1,18}$'
			   or cast(excluded.version_id as bigint) >= cast(patient_resource.version_id as bigint))
			and (patient_resource.last_updated is null or excluded.last_updated is null
			   or excluded.last_updated >= patient_resource.last_updated)""";

	/** Whether any resource of the patient has arrived. */
	public boolean holds(PatientKey patient) {
		return jdbc.sql("select exists (select 1 from patient_resource where ehr_id = ? and patient_id = ?)")
			.params(patient.ehrId(), patient.patientId())
			.query(Boolean.class)
			.single();
	}

	/** The patient's picture as the criteria see it, read from the resource types the criteria use. */
	public ClinicalPicture pictureOf(PatientKey patient) {
		List<StoredResource> resources = jdbc.sql("""
				select resource_type, version_id, body::text, event_id from patient_resource
				where ehr_id = ? and patient_id = ? and resource_type = any(?) and not deleted""")
			.params(patient.ehrId(), patient.patientId(), PictureAssembler.TYPES.toArray(String[]::new))
			.query((rs, row) -> new StoredResource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		return assembler.assemble(patient, resources);
	}

	/**
	 * The latest version kept of each of the patient's resources of these types, as stored FHIR JSON, for readers
	 * that need the resources themselves rather than the picture (the patient record served for the packet).
	 * Tombstones of deleted resources are among them, with an empty body.
	 */
	public List<KeptResource> latestResources(PatientKey patient, Collection<String> types) {
		return jdbc.sql("""
				select resource_type, resource_id, version_id, body::text from patient_resource
				where ehr_id = ? and patient_id = ? and resource_type = any(?)""")
			.params(patient.ehrId(), patient.patientId(), types.toArray(String[]::new))
			.query((rs, row) -> new KeptResource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private static @Nullable Timestamp timestamp(JsonNode resource) {
		String value = resource.path("meta").path("lastUpdated").asString("");
		try {
			return value.isEmpty() ? null : Timestamp.from(OffsetDateTime.parse(value).toInstant());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * One stored resource version.
	 * @param key what identifies this exact content (the event id it arrived with); {@code null} when unknown
	 */
	record StoredResource(String resourceType, String versionId, String json, @Nullable String key) {

		StoredResource(String resourceType, String versionId, String json) {
			this(resourceType, versionId, json, null);
		}

	}

	/** The latest version kept of one resource: its type, id, version id and FHIR JSON. */
	public record KeptResource(String resourceType, String resourceId, String versionId, String json) {
	}

}
