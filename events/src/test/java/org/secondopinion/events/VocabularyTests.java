package org.secondopinion.events;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabularyTests {

	private final EventCodec codec = new EventCodec();

	private final JsonNode flagSchema = schema("flag.schema.json");

	@Test
	void criterionCodesAreExactlyTheSchemasCodes() {
		assertThat(spellings(CriterionCode.values(), CriterionCode::code))
			.containsExactlyInAnyOrderElementsOf(schemaEnum(flagSchema.at("/properties/criteria/items/properties/code")));
	}

	@Test
	void prioritiesAreExactlyTheSchemasPriorities() {
		assertThat(spellings(Priority.values(), Priority::code))
			.containsExactlyInAnyOrderElementsOf(schemaEnum(flagSchema.at("/properties/priority")));
	}

	@Test
	void flagStatusesAreExactlyTheSchemasStatuses() {
		assertThat(spellings(FlagStatus.values(), FlagStatus::code))
			.containsExactlyInAnyOrderElementsOf(schemaEnum(flagSchema.at("/properties/status")));
	}

	@Test
	void flagEventTypesAreExactlyTheFlagSchemasThatExist() {
		List<String> flagTypes = Arrays.stream(EventType.values())
			.map(EventType::shortName)
			.filter(name -> name.startsWith("flag."))
			.toList();
		assertThat(flagTypes).containsExactlyInAnyOrder("flag.raised", "flag.updated", "flag.resolved");
		flagTypes.forEach(type -> assertThat(schema(type + ".schema.json").path("$ref").asString())
			.isEqualTo("flag.schema.json"));
	}

	@Test
	void writesEachValueAsTheContractSpellsIt() {
		assertThat(codec.mapper().writeValueAsString(CriterionCode.RARE_OR_COMPLEX_CONDITION))
			.isEqualTo("\"RARE_OR_COMPLEX_CONDITION\"");
		assertThat(codec.mapper().writeValueAsString(Priority.URGENT)).isEqualTo("\"urgent\"");
		assertThat(codec.mapper().writeValueAsString(FlagStatus.RESOLVED)).isEqualTo("\"resolved\"");
	}

	@Test
	void givesEveryCriterionOneDistinctLabel() {
		assertThat(Arrays.stream(CriterionCode.values()).map(CriterionCode::label)).doesNotHaveDuplicates()
			.allSatisfy(label -> assertThat(label).isNotBlank().doesNotContain("_"));
		assertThat(CriterionCode.UNTREATABLE_PROGNOSIS.label()).isEqualTo("Condition called untreatable");
	}

	@Test
	void refusesAnUnknownValueNamingTheKnownOnes() {
		assertThatThrownBy(() -> CriterionCode.of("RARE_CONDITION")).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("'RARE_CONDITION'")
			.hasMessageContaining("RARE_OR_COMPLEX_CONDITION");
		assertThatThrownBy(() -> Priority.of("URGENT")).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("urgent, high, routine");
		assertThatThrownBy(() -> FlagStatus.of("closed")).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("open, resolved");
		assertThat(CriterionCode.isKnown("MAJOR_PROCEDURE_PLANNED")).isTrue();
		assertThat(CriterionCode.isKnown("major_procedure_planned")).isFalse();
	}

	@Test
	void readingFlagDataWithAnUnknownPriorityIsAnInvalidEventNotADefault() {
		CloudEvent event = CloudEvent.of("e-1", FlagEvents.SOURCE, EventType.FLAG_RAISED, "Patient/p",
				OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), flagData("priority", "soon"));

		assertThatThrownBy(() -> codec.data(event, FlagPayload.class)).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("soon");
	}

	@Test
	void readingFlagDataWithAnUnknownCriterionIsAnInvalidEventNotADefault() {
		ObjectNode data = flagData("priority", "routine");
		((ObjectNode) data.get("criteria").get(0)).put("code", "SOMETHING_ELSE");
		CloudEvent event = CloudEvent.of("e-2", FlagEvents.SOURCE, EventType.FLAG_RAISED, "Patient/p",
				OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), data);

		assertThatThrownBy(() -> codec.data(event, FlagPayload.class)).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("SOMETHING_ELSE");
	}

	@Test
	void readsTheContractsSpellingIntoTheTypes() {
		FlagPayload flag = codec.data(CloudEvent.of("e-3", FlagEvents.SOURCE, EventType.FLAG_RAISED, "Patient/p",
				OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), flagData("priority", "high")),
				FlagPayload.class);

		assertThat(flag.priority()).isEqualTo(Priority.HIGH);
		assertThat(flag.status()).isEqualTo(FlagStatus.OPEN);
		assertThat(flag.criteria().get(0).code()).isEqualTo(CriterionCode.MAJOR_PROCEDURE_PLANNED);
	}

	private ObjectNode flagData(String field, String value) {
		ObjectNode data = (ObjectNode) codec.mapper().readTree("""
				{"flagId":"f","patient":{"ehrId":"e","id":"p"},"priority":"routine","status":"open",
				 "criteria":[{"code":"MAJOR_PROCEDURE_PLANNED","reason":"r","evidence":[]}],
				 "rulesetVersion":"1","assessedAt":"2026-03-01T10:15:30Z"}""");
		return data.put(field, value);
	}

	private static <E> List<String> spellings(E[] values, Function<E, String> spelling) {
		return Arrays.stream(values).map(spelling).toList();
	}

	private static List<String> schemaEnum(JsonNode property) {
		assertThat(property.path("enum").isArray()).as("the schema lists the values as an enum").isTrue();
		List<String> values = new ArrayList<>();
		property.path("enum").forEach(v -> values.add(v.asString()));
		return values;
	}

	private JsonNode schema(String name) {
		try (InputStream in = getClass().getResourceAsStream("/schemas/" + name)) {
			assertThat(in).as(name).isNotNull();
			return codec.mapper().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
