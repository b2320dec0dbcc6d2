package org.secondopinion.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.deploy.DeployFiles.at;
import static org.secondopinion.deploy.DeployFiles.cast;
import static org.secondopinion.deploy.DeployFiles.list;

class KubernetesManifestsTests {

	/** The topics of ARCHITECTURE.md; each also has its {@code -dlt}. */
	private static final Set<String> TOPICS = Set.of("ehr.resources.v1", "assessment.flags.v1", "ehr.directory.v1",
			"ehr.writeback.v1");

	/** The topics each consumer reads, which bound its replicas. */
	private static final Map<String, Set<String>> CONSUMED = Map.of("assessment-service", Set.of("ehr.resources.v1"),
			"notification-service", Set.of("assessment.flags.v1", "ehr.directory.v1"));

	private final KubernetesSchema schema = new KubernetesSchema();

	static Stream<Path> kubernetesFiles() {
		return DeployFiles.kubernetesFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("kubernetesFiles")
	void everyObjectMatchesItsApiSchemaStrictly(Path file) {
		List<Map<String, Object>> objects = DeployFiles.documents(file);
		assertThat(objects).as(file + " holds objects").isNotEmpty();
		for (Map<String, Object> object : objects) {
			assertThat(schema.problems(object)).as("%s: %s %s", file, object.get("kind"), at(object, "metadata", "name"))
				.isEmpty();
		}
	}

	@Test
	void rejectsAFieldTheKubernetesApiDoesNotHave() {
		Map<String, Object> deployment = DeployFiles.documents(base("fhir-gateway.yaml")).get(0);
		Map<String, Object> container = cast(list(at(deployment, "spec", "template", "spec", "containers")).get(0));
		container.put("livenesProbe", container.get("livenessProbe"));

		assertThat(schema.problems(deployment)).singleElement().asString().contains("unknown field 'livenesProbe'");
	}

	@Test
	void rejectsAValueOfTheWrongTypeAndAnUnknownKind() {
		Map<String, Object> deployment = DeployFiles.documents(base("fhir-gateway.yaml")).get(0);
		cast(deployment.get("spec")).put("replicas", "two");
		assertThat(schema.problems(deployment)).singleElement().asString().contains("does not read");

		Map<String, Object> unknown = Map.of("apiVersion", "example.org/v1", "kind", "Widget", "metadata",
				Map.of("name", "w"));
		assertThat(schema.problems(unknown)).singleElement().asString().contains("unknown kind");
	}

	@Test
	void rejectsACustomResourceFieldOutsideItsSchema() {
		Map<String, Object> topic = DeployFiles.documents(base("kafka-topics.yaml")).get(0);
		cast(topic.get("spec")).put("replication", 3);

		assertThat(schema.problems(topic)).isNotEmpty();
	}

	@Test
	void everyServiceHasProbesResourcesAServiceAndADisruptionBudget() {
		List<Map<String, Object>> base = baseObjects();
		List<Map<String, Object>> deployments = ofKind(base, "Deployment");
		assertThat(deployments).extracting(d -> at(d, "metadata", "name"))
			.containsExactlyInAnyOrder("fhir-gateway", "assessment-service", "notification-service");
		for (Map<String, Object> deployment : deployments) {
			String name = (String) at(deployment, "metadata", "name");
			for (Object item : list(at(deployment, "spec", "template", "spec", "containers"))) {
				Map<String, Object> container = cast(item);
				assertThat(at(container, "livenessProbe", "httpGet", "path")).as(name).isEqualTo("/actuator/health/liveness");
				assertThat(at(container, "readinessProbe", "httpGet", "path")).as(name)
					.isEqualTo("/actuator/health/readiness");
				assertThat(at(container, "resources", "requests", "cpu")).as(name + " cpu request").isNotNull();
				assertThat(at(container, "resources", "requests", "memory")).as(name + " memory request").isNotNull();
				assertThat(at(container, "resources", "limits", "memory")).as(name + " memory limit").isNotNull();
			}
			Object selector = at(deployment, "spec", "selector", "matchLabels");
			assertThat(ofKind(base, "Service")).as(name + " has a Service")
				.anySatisfy(service -> assertThat(at(service, "spec", "selector")).isEqualTo(selector));
			assertThat(ofKind(base, "PodDisruptionBudget")).as(name + " has a PodDisruptionBudget")
				.anySatisfy(pdb -> assertThat(at(pdb, "spec", "selector", "matchLabels")).isEqualTo(selector));
		}
	}

	@Test
	void topicsAreTheContractsTopicsAndTheirDeadLetterTopicsReplicatedThreeTimes() {
		List<Map<String, Object>> topics = ofKind(baseObjects(), "KafkaTopic");
		Set<String> expected = new TreeSet<>(TOPICS);
		TOPICS.forEach(topic -> expected.add(topic + "-dlt"));

		assertThat(topics).extracting(topic -> at(topic, "spec", "topicName")).containsExactlyInAnyOrderElementsOf(expected);
		for (Map<String, Object> topic : topics) {
			assertThat(at(topic, "spec", "replicas")).as("replicas of " + at(topic, "spec", "topicName")).isEqualTo(3);
			assertThat(at(topic, "spec", "config", "min.insync.replicas")).isEqualTo("2");
			assertThat(at(topic, "metadata", "labels", "strimzi.io/cluster")).isEqualTo("second-opinion");
		}
	}

	@Test
	void consumersScaleToAtMostThePartitionsOfWhatTheyConsume() {
		List<Map<String, Object>> objects = new ArrayList<>(baseObjects());
		objects.addAll(documentsOf(production()));
		Map<String, Integer> partitions = new HashMap<>();
		ofKind(baseObjects(), "KafkaTopic").forEach(
				topic -> partitions.put((String) at(topic, "spec", "topicName"), (Integer) at(topic, "spec", "partitions")));
		List<Map<String, Object>> autoscalers = ofKind(objects, "HorizontalPodAutoscaler");

		assertThat(autoscalers).extracting(hpa -> at(hpa, "metadata", "name"))
			.containsAll(CONSUMED.keySet());
		for (Map<String, Object> hpa : autoscalers) {
			String consumer = (String) at(hpa, "metadata", "name");
			int fewest = CONSUMED.get(consumer).stream().mapToInt(partitions::get).min().orElseThrow();
			assertThat((Integer) at(hpa, "spec", "maxReplicas")).as("maxReplicas of " + consumer).isLessThanOrEqualTo(fewest);
			Object min = at(hpa, "spec", "minReplicas");
			assertThat((Integer) min).as("minReplicas of " + consumer).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void secretsAreReferencedNeverInlined() {
		List<Map<String, Object>> objects = new ArrayList<>(baseObjects());
		objects.addAll(documentsOf(production()));

		assertThat(ofKind(objects, "Secret")).as("Secret objects in deploy/k8s").isEmpty();
		for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
			for (Object item : list(at(deployment, "spec", "template", "spec", "containers"))) {
				Object env = cast(item).get("env");
				for (Object variable : env == null ? List.of() : list(env)) {
					Map<String, Object> entry = cast(variable);
					String name = (String) entry.get("name");
					if (name.matches(".*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY).*")) {
						assertThat(entry).as(name + " in " + at(deployment, "metadata", "name")).doesNotContainKey("value");
						assertThat(at(entry, "valueFrom", "secretKeyRef", "name")).as(name).isNotNull();
					}
				}
			}
		}
	}

	@Test
	void kustomizationsNameFilesThatExistAndPatchObjectsOfTheBase() {
		Set<String> baseObjects = new TreeSet<>();
		baseObjects().forEach(object -> baseObjects.add(object.get("kind") + "/" + at(object, "metadata", "name")));
		for (Path directory : List.of(base(""), production())) {
			Map<String, Object> kustomization = DeployFiles.document(directory.resolve("kustomization.yaml"));
			for (Object resource : list(kustomization.get("resources"))) {
				assertThat(directory.resolve((String) resource)).as(directory + " resource " + resource).exists();
			}
			Object patches = kustomization.get("patches");
			for (Object item : patches == null ? List.of() : list(patches)) {
				Path patch = directory.resolve((String) cast(item).get("path"));
				assertThat(patch).exists();
				for (Map<String, Object> object : DeployFiles.documents(patch)) {
					assertThat(baseObjects).as("target of " + patch)
						.contains(object.get("kind") + "/" + at(object, "metadata", "name"));
				}
			}
		}
	}

	private static List<Map<String, Object>> baseObjects() {
		return documentsOf(base(""));
	}

	/** The objects of the files a kustomization lists directly (not its patches). */
	private static List<Map<String, Object>> documentsOf(Path directory) {
		List<Map<String, Object>> objects = new ArrayList<>();
		Map<String, Object> kustomization = DeployFiles.document(directory.resolve("kustomization.yaml"));
		for (Object resource : list(kustomization.get("resources"))) {
			Path path = directory.resolve((String) resource);
			if (Files.isRegularFile(path)) {
				objects.addAll(DeployFiles.documents(path));
			}
		}
		if (!directory.equals(base(""))) {
			Object patches = kustomization.get("patches");
			for (Object item : patches == null ? List.of() : list(patches)) {
				objects.addAll(DeployFiles.documents(directory.resolve((String) cast(item).get("path"))));
			}
		}
		return objects;
	}

	private static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
		return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
	}

	private static Path base(String file) {
		Path base = DeployFiles.deploy().resolve("k8s/base");
		return file.isEmpty() ? base : base.resolve(file);
	}

	private static Path production() {
		return DeployFiles.deploy().resolve("k8s/overlays/production");
	}

}
