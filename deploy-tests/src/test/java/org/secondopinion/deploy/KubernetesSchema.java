package org.secondopinion.deploy;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a Kubernetes object strictly. Built-in kinds are read into the Kubernetes API model (fabric8
 * kubernetes-model): a field the API does not have lands in the model's {@code additionalProperties}, which must stay
 * empty everywhere in the object, and a value of the wrong type fails to read. Custom resources (Strimzi, CloudNativePG)
 * and Kustomize files are checked against the minimal JSON Schemas in {@code crd-schemas/}, which allow only the
 * fields we use and require the ones the operators need.
 */
final class KubernetesSchema {

	private static final String SCHEMA_PREFIX = "https://secondopinion.org/deploy/";

	/** apiVersion/kind of the objects we check by our own schema, and its file. */
	private static final Map<String, String> CUSTOM = Map.of(
			"kafka.strimzi.io/v1beta2/KafkaTopic", "kafka-topic.schema.json",
			"postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.schema.json",
			"postgresql.cnpg.io/v1/Database", "cnpg-database.schema.json",
			"kustomize.config.k8s.io/v1beta1/Kustomization", "kustomization.schema.json");

	private final KubernetesSerialization serialization = new KubernetesSerialization();

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_PREFIX, "classpath:crd-schemas/")));

	private final JsonMapper json = JsonMapper.builder().build();

	/** The problems of one object (a parsed YAML document); empty when it is valid. */
	List<String> problems(Map<String, Object> object) {
		String apiVersion = String.valueOf(object.get("apiVersion"));
		String kind = String.valueOf(object.get("kind"));
		String schema = CUSTOM.get(apiVersion + "/" + kind);
		if (schema != null) {
			Schema loaded = registry.getSchema(SchemaLocation.of(SCHEMA_PREFIX + schema));
			JsonNode tree = json.valueToTree(object);
			return loaded.validate(tree).stream().map(KubernetesSchema::describe).toList();
		}
		return builtIn(object, apiVersion, kind);
	}

	private List<String> builtIn(Map<String, Object> object, String apiVersion, String kind) {
		Object model;
		try {
			model = serialization.unmarshal(serialization.asJson(object));
		}
		catch (RuntimeException ex) {
			return List.of("does not read as " + apiVersion + " " + kind + ": " + rootCause(ex));
		}
		if (!(model instanceof HasMetadata) || model instanceof GenericKubernetesResource) {
			return List.of("unknown kind " + apiVersion + " " + kind
					+ " (not in the Kubernetes API model, and no schema of ours)");
		}
		List<String> problems = new ArrayList<>();
		unknownFields(model, kind, problems, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
		return problems;
	}

	/** Walks the model and reports every field that went to an {@code additionalProperties} map. */
	private static void unknownFields(Object value, String path, List<String> problems, Set<Object> seen) {
		if (value == null || !seen.add(value)) {
			return;
		}
		if (value instanceof Collection<?> collection) {
			int i = 0;
			for (Object element : collection) {
				unknownFields(element, path + "[" + i++ + "]", problems, seen);
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, element) -> unknownFields(element, path + "." + key, problems, seen));
			return;
		}
		if (!value.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		try {
			for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass()).getPropertyDescriptors()) {
				Method getter = property.getReadMethod();
				if (getter == null || getter.getParameterCount() != 0 || property.getName().equals("class")) {
					continue;
				}
				Object child = getter.invoke(value);
				if (property.getName().equals("additionalProperties")) {
					if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
						extra.keySet().forEach(key -> problems.add(path + ": unknown field '" + key + "'"));
					}
				}
				else {
					unknownFields(child, path + "." + property.getName(), problems, seen);
				}
			}
		}
		catch (ReflectiveOperationException | java.beans.IntrospectionException ex) {
			problems.add(path + ": cannot be inspected: " + ex);
		}
	}

	private static String describe(Error error) {
		return error.getInstanceLocation() + ": " + error.getMessage();
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	static String summary(List<String> problems) {
		return problems.stream().collect(Collectors.joining("; "));
	}

}
