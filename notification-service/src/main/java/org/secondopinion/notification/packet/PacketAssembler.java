package org.secondopinion.notification.packet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.secondopinion.events.EventCodec;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.CaseDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds a case's packet from the patient's record, making sure every evidence resource is in it. */
@Component
class PacketAssembler {

	static final String PACKET_SYSTEM = "urn:second-opinion:packet";

	private final PatientRecordClient records;

	private final EventCodec codec;

	private final Clock clock;

	PacketAssembler(PatientRecordClient records, EventCodec codec, Clock clock) {
		this.records = records;
		this.codec = codec;
		this.clock = clock;
	}

	Packet assemble(CaseDetail kase) {
		Set<String> evidence = new LinkedHashSet<>();
		for (IncomingFlag.CriterionMet criterion : kase.criteria()) {
			criterion.evidence().forEach(e -> evidence.add(e.reference()));
		}
		JsonNode record = records.record(kase.patient().ref(), evidence);
		ObjectNode bundle = codec.mapper().createObjectNode();
		bundle.put("resourceType", "Bundle");
		bundle.putObject("identifier").put("system", PACKET_SYSTEM).put("value", kase.id());
		bundle.put("type", "collection");
		bundle.put("timestamp", clock.instant().toString());
		ArrayNode entries = bundle.putArray("entry");
		Set<String> held = new HashSet<>();
		for (JsonNode entry : record.path("entry")) {
			JsonNode resource = entry.path("resource");
			held.add(resource.path("resourceType").asString() + "/" + resource.path("id").asString());
			entries.add(entry);
		}
		List<String> missing = new ArrayList<>();
		for (String reference : evidence) {
			if (!held.contains(withoutVersion(reference))) {
				missing.add(reference);
			}
		}
		return new Packet(kase, bundle, missing);
	}

	static String withoutVersion(String reference) {
		int history = reference.indexOf("/_history/");
		return history < 0 ? reference : reference.substring(0, history);
	}

}
