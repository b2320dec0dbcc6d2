package org.secondopinion.assessment.picture;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.PatientRef;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/** Keeps the latest version of each resource per patient; an older version arriving late never wins. */
@Repository
public class PictureStore {

	/**
	 * The condition for a version to replace the one kept: not an older numeric version id, and not an older
	 * {@code meta.lastUpdated} (either missing counts as not older).
	 */
	private static final String NOT_OLDER = """
			(excluded.version_id !~ '^[0-9]{1,18}$' or patient_resource.version_id !~ '^[0-9]{1,18}$'
			   or cast(excluded.version_id as bigint) >= cast(patient_resource.version_id as bigint))
			and (patient_resource.last_updated is null or excluded.last_updated is null
			   or excluded.last_updated >= patient_resource.last_updated)""";

	private final JdbcClient jdbc;

	private final JdbcOperations batches;

	private final PictureAssembler assembler;

	PictureStore(JdbcClient jdbc, JdbcOperations batches, PictureAssembler assembler) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.assembler = assembler;
	}

	/**
	 * Stores the resource of a {@code resource.upserted} event unless a newer version is already kept, with its
	 * picture records in their stored form (in the same statement, so the two never disagree), and answers how many
	 * of its codings have no system (the rules leave those out).
	 * @param version the version the event carries (its {@code meta.versionId}, else the content hash intake names it by)
	 * @throws UnreadableResourceException when the resource cannot be read as FHIR R4: it is not kept
	 */
	public int upsert(PatientRef patient, CloudEvent event, String version) {
		Change change = upserted(patient, event, version);
		applyAll(List.of(change));
		return change.codingsWithoutSystem();
	}

	/**
	 * Forgets a resource the EHR deleted, keeping a tombstone (no body) of the version deleted and when, so that an
	 * older version arriving late does not bring it back; a newer version (re-created) does.
	 */
	public void delete(PatientRef patient, CloudEvent event) {
		applyAll(List.of(deleted(patient, event)));
	}

	/**
	 * Reads the resource of a {@code resource.upserted} event into the row it is kept as, without storing it: the
	 * parse and the picture records happen here, outside any transaction.
	 * @param version the version the event carries (its {@code meta.versionId}, else the content hash intake names it by)
	 * @throws UnreadableResourceException when the resource cannot be read as FHIR R4
	 */
	public Change upserted(PatientRef patient, CloudEvent event, String version) {
		JsonNode resource = event.data();
		String json = resource.toString();
		String type = resource.path("resourceType").asString();
		String id = resource.path("id").asString();
		PictureAssembler.Checked checked = assembler.check(type, id, version, json);
		return new Change(false, new Object[] { patient.ehrId(), type, id, patient.patientId(), version,
				timestamp(resource), json, event.id(), checked.records(),
				checked.records() == null ? null : assembler.form().key() }, checked.withoutSystem());
	}

	/** The tombstone row of a {@code resource.deleted} event, without storing it. */
	public Change deleted(PatientRef patient, CloudEvent event) {
		JsonNode data = event.data();
		String version = data.path("versionId").asString("");
		return new Change(true, new Object[] { patient.ehrId(), data.path("resourceType").asString(),
				data.path("id").asString(), patient.patientId(), version.isEmpty() ? "deleted" : version,
				Timestamp.from(event.time().toInstant()), event.id() }, 0);
	}

	/**
	 * Stores the changes in their order, in the caller's transaction if any: each run of upserts or of deletes as
	 * one JDBC batch, so that a poll of events is a few round trips rather than one per event. A version older than
	 * the one kept changes nothing, also within the same batch.
	 */
	public void applyAll(List<Change> changes) {
		int from = 0;
		while (from < changes.size()) {
			boolean deletes = changes.get(from).delete();
			int to = from;
			List<Object[]> rows = new ArrayList<>();
			while (to < changes.size() && changes.get(to).delete() == deletes) {
				rows.add(changes.get(to++).row());
			}
			batches.batchUpdate(deletes ? DELETE : UPSERT, rows);
			from = to;
		}
	}

	/** A resource version read into the row it is kept as: an upsert or a tombstone. */
	public record Change(boolean delete, @Nullable Object[] row, int codingsWithoutSystem) {
	}

	private static final String UPSERT = """
			insert into patient_resource (ehr_id, resource_type, resource_id, patient_id, version_id, last_updated,
			                              body, event_id, picture_records, records_form)
			values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
			on conflict (ehr_id, resource_type, resource_id) do update set
			  patient_id = excluded.patient_id, version_id = excluded.version_id,
			  last_updated = excluded.last_updated, body = excluded.body, event_id = excluded.event_id,
			  picture_records = excluded.picture_records, records_form = excluded.records_form,
			  received_at = now(), deleted = false
			where """ + NOT_OLDER;

	private static final String DELETE = """
			insert into patient_resource (ehr_id, resource_type, resource_id, patient_id, version_id, last_updated,
			                              body, event_id, deleted)
			values (?, ?, ?, ?, ?, ?, cast('{}' as jsonb), ?, true)
			on conflict (ehr_id, resource_type, resource_id) do update set
			  version_id = excluded.version_id, last_updated = excluded.last_updated, body = excluded.body,
			  event_id = excluded.event_id, picture_records = null, records_form = null, received_at = now(),
			  deleted = true
			where """ + NOT_OLDER;

	/** Whether any resource of the patient has arrived. */
	public boolean holds(PatientRef patient) {
		return jdbc.sql("select exists (select 1 from patient_resource where ehr_id = ? and patient_id = ?)")
			.params(patient.ehrId(), patient.patientId())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The patient's picture as the criteria see it, read from the resource types the criteria use: from each
	 * version's stored picture records where they are of this service's form, else from its FHIR JSON, whose records
	 * are then stored (in the caller's transaction, if any) so that the next read after a restart parses nothing.
	 */
	public ClinicalPicture pictureOf(PatientRef patient) {
		String form = assembler.form().key();
		List<StoredResource> resources = jdbc.sql("""
				select resource_type, version_id, event_id,
				       case when records_form = ? then picture_records end,
				       case when records_form = ? then null else body::text end
				from patient_resource
				where ehr_id = ? and patient_id = ? and resource_type = any(?) and not deleted""")
			.params(form, form, patient.ehrId(), patient.patientId(), PictureAssembler.TYPES.toArray(String[]::new))
			.query((rs, row) -> new StoredResource(rs.getString(1), rs.getString(2), rs.getString(5),
					rs.getString(3), rs.getBytes(4)))
			.list();
		List<PictureAssembler.Derived> derived = new ArrayList<>();
		ClinicalPicture picture = assembler.assemble(patient, resources, stored -> bodyOf(patient, stored),
				derived::add);
		if (!derived.isEmpty()) {
			store(patient, derived, form);
		}
		return picture;
	}

	/** The JSON of a version whose stored records could not be read, when it is still the version kept. */
	private @Nullable String bodyOf(PatientRef patient, StoredResource stored) {
		return jdbc.sql("""
				select body::text from patient_resource
				where ehr_id = ? and patient_id = ? and event_id = ? and not deleted""")
			.params(patient.ehrId(), patient.patientId(), stored.key())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Stores derived records next to the version they were derived from, unless a newer one replaced it since: one
	 * statement for all of them. A row that intake is replacing right now (locked) is skipped rather than waited
	 * for, so that a re-assessment never waits on intake while holding rows intake may wait for: the records are
	 * derived again from the newer version.
	 */
	private void store(PatientRef patient, List<PictureAssembler.Derived> derived, String form) {
		jdbc.sql("""
				update patient_resource p set picture_records = d.records, records_form = ?
				from unnest(?, ?, ?, ?) as d(resource_type, resource_id, event_id, records)
				where p.ehr_id = ? and p.resource_type = d.resource_type and p.resource_id = d.resource_id
				  and p.event_id = d.event_id
				  and p.ctid in (select ctid from patient_resource where ehr_id = ? and patient_id = ?
				                 for update skip locked)""")
			.params(form, derived.stream().map(PictureAssembler.Derived::resourceType).toArray(String[]::new),
					derived.stream().map(PictureAssembler.Derived::resourceId).toArray(String[]::new),
					derived.stream().map(PictureAssembler.Derived::eventId).toArray(String[]::new),
					derived.stream().map(PictureAssembler.Derived::records).toArray(byte[][]::new), patient.ehrId(),
					patient.ehrId(), patient.patientId())
			.update();
	}

	/**
	 * The latest version kept of each of the patient's resources of these types, as stored FHIR JSON, for readers
	 * that need the resources themselves rather than the picture (the patient record served for the packet).
	 * Tombstones of deleted resources are among them, with an empty body.
	 */
	public List<KeptResource> latestResources(PatientRef patient, Collection<String> types) {
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
	 * @param json its FHIR JSON; {@code null} when it was not read because its picture records were
	 * @param key what identifies this exact content (the event id it arrived with); {@code null} when unknown
	 * @param records its picture records in their stored form ({@link RecordCodec}), if stored in this service's form
	 */
	record StoredResource(String resourceType, String versionId, @Nullable String json, @Nullable String key,
			byte @Nullable [] records) {

		StoredResource(String resourceType, String versionId, String json) {
			this(resourceType, versionId, json, null, null);
		}

		StoredResource(String resourceType, String versionId, String json, @Nullable String key) {
			this(resourceType, versionId, json, key, null);
		}

	}

	/** The latest version kept of one resource: its type, id, version id and FHIR JSON. */
	public record KeptResource(String resourceType, String resourceId, String versionId, String json) {
	}

}
