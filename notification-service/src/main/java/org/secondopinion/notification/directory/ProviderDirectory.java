package org.secondopinion.notification.directory;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import tools.jackson.databind.JsonNode;

/**
 * Look-ups in an EHR's provider directory (Organization, Location, Practitioner, PractitionerRole as the gateway
 * published them), answering the FHIR JSON as the EHR served it.
 */
public interface ProviderDirectory {

	/** The resource {@code type/id} of the EHR's directory. */
	Optional<JsonNode> read(EhrId ehrId, String type, String id);

	/**
	 * The first resource of the type (by id) with the identifier; a {@code null} system matches an identifier
	 * without system as well as with one.
	 */
	Optional<JsonNode> withIdentifier(EhrId ehrId, String type, @Nullable String system, String value);

	/** The PractitionerRoles of a practitioner, active ones first. */
	List<JsonNode> rolesOfPractitioner(EhrId ehrId, String practitionerId);

}
