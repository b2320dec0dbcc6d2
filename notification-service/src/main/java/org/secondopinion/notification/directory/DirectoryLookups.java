package org.secondopinion.notification.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The provider directory as kept in {@code directory_resource}. */
@Component
class DirectoryLookups implements ProviderDirectory {

	private final JdbcClient jdbc;

	private final EventCodec codec;

	DirectoryLookups(JdbcClient jdbc, EventCodec codec) {
		this.jdbc = jdbc;
		this.codec = codec;
	}

	@Override
	public Optional<JsonNode> read(EhrId ehrId, String type, String id) {
		return jdbc.sql("select body::text from directory_resource where ehr_id = ? and resource_type = ? and resource_id = ?")
			.params(ehrId.value(), type, id)
			.query(String.class)
			.optional()
			.map(this::json);
	}

	@Override
	public Optional<JsonNode> withIdentifier(EhrId ehrId, String type, @Nullable String system, String value) {
		Map<String, String> identifier = system == null ? Map.of("value", value) : Map.of("system", system, "value", value);
		return jdbc.sql("""
				select body::text from directory_resource
				where ehr_id = ? and resource_type = ? and body -> 'identifier' @> cast(? as jsonb)
				order by resource_id limit 1""")
			.params(ehrId.value(), type, codec.mapper().writeValueAsString(List.of(identifier)))
			.query(String.class)
			.optional()
			.map(this::json);
	}

	@Override
	public List<JsonNode> rolesOfPractitioner(EhrId ehrId, String practitionerId) {
		String reference = "Practitioner/" + practitionerId;
		return jdbc.sql("""
				select body::text from directory_resource
				where ehr_id = ? and resource_type = 'PractitionerRole'
				  and (body -> 'practitioner' ->> 'reference' = ? or body -> 'practitioner' ->> 'reference' like ?)
				order by coalesce((body ->> 'active')::boolean, true) desc, resource_id""")
			.params(ehrId.value(), reference, "%/" + reference)
			.query(String.class)
			.list()
			.stream()
			.map(this::json)
			.toList();
	}

	private JsonNode json(String text) {
		return codec.mapper().readTree(text);
	}

}
