package org.secondopinion.assessment.picture;

import org.jspecify.annotations.Nullable;

/**
 * The picture records of one resource version in a compact binary form of our own, stored next to the resource so
 * that a picture is rebuilt without parsing FHIR. The first byte is {@link #FORMAT}; every record's components follow
 * in declaration order (see {@link RecordsForm} for when stored records are used). Decoding gives records equal to
 * the ones encoded.
 */
final class RecordCodec {

	/** Raise it when the layout below, or what the picture builder reads from a resource, changes. */
	static final int FORMAT = 3;

	private static final int DETAILS = 0;

	private static final int RECORDS = 1;

	private RecordCodec() {
	}

	static byte[] encode(Fragment fragment) {
		RecordOutput out = new RecordOutput();
		out.writeByte(FORMAT);
		if (fragment.details() != null) {
			out.writeByte(DETAILS);
			details(out, fragment.details());
		}
		else {
			out.writeByte(RECORDS);
			records(out, java.util.Objects.requireNonNull(fragment.records()));
		}
		return out.toByteArray();
	}

	/**
	 * The fragment the bytes hold, or {@code null} when they were written in another format.
	 * @throws IllegalArgumentException when the bytes are not stored picture records
	 */
	static @Nullable Fragment decode(byte[] bytes) {
		RecordInput in = new RecordInput(bytes);
		if (in.readByte() != FORMAT) {
			return null;
		}
		Fragment fragment = in.readByte() == DETAILS ? Fragment.of(details(in)) : Fragment.of(records(in));
		if (!in.atEnd()) {
			throw new IllegalArgumentException("Stored picture records go on past their end");
		}
		return fragment;
	}

	private static void details(RecordOutput out, PatientDetails details) {
		out.writeString(details.name());
		out.writeString(details.birthDate());
		out.writeString(details.mrn());
		out.writeString(details.facility());
		out.writeOptional(details.managingOrganization(), RecordCodec::link);
		out.writeBoolean(details.deceased());
	}

	private static PatientDetails details(RecordInput in) {
		return new PatientDetails(in.readString(), in.readString(), in.readString(), in.readString(),
				in.readOptional(RecordCodec::link), Boolean.TRUE.equals(in.readBoolean()));
	}

	private static void records(RecordOutput out, PictureBuilder records) {
		out.writeList(records.planned(), RecordLayouts::planned);
		out.writeList(records.performed(), RecordLayouts::performed);
		out.writeList(records.conditions(), RecordLayouts::condition);
		out.writeList(records.observations(), RecordLayouts::observation);
		out.writeList(records.visits(), RecordLayouts::visit);
		out.writeList(records.medications(), RecordLayouts::medication);
		out.writeList(records.carePlans(), RecordLayouts::carePlan);
		out.writeList(records.orders(), RecordLayouts::order);
		out.writeList(records.answers(), RecordLayouts::answers);
		out.writeList(records.messages(), RecordLayouts::message);
		out.writeList(records.flags(), RecordLayouts::flag);
		out.writeList(records.clinicalNotes(), RecordLayouts::note);
		out.writeList(records.organizations(), RecordCodec::link);
		out.writeList(records.reports(), RecordLayouts::report);
	}

	private static PictureBuilder records(RecordInput in) {
		return PictureBuilder.of(in.readList(RecordLayouts::planned), in.readList(RecordLayouts::performed),
				in.readList(RecordLayouts::condition), in.readList(RecordLayouts::observation),
				in.readList(RecordLayouts::visit), in.readList(RecordLayouts::medication),
				in.readList(RecordLayouts::carePlan), in.readList(RecordLayouts::order),
				in.readList(RecordLayouts::answers), in.readList(RecordLayouts::message),
				in.readList(RecordLayouts::flag), in.readList(RecordLayouts::note), in.readList(RecordCodec::link),
				in.readList(RecordLayouts::report));
	}

	private static void link(RecordOutput out, OrganizationLink link) {
		out.writeString(link.source());
		out.writeString(link.reference());
		out.writeString(link.identifierSystem());
		out.writeString(link.identifierValue());
		out.writeString(link.display());
		out.writeInstant(link.at());
	}

	private static OrganizationLink link(RecordInput in) {
		return new OrganizationLink(in.readText(), in.readString(), in.readString(), in.readString(),
				in.readString(), in.readInstant());
	}
}
