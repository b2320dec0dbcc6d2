package org.secondopinion.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.secondopinion.deploy.DeployFiles.at;
import static org.secondopinion.deploy.DeployFiles.cast;
import static org.secondopinion.deploy.DeployFiles.list;

/**
 * A container that {@code deploy/} runs: a Compose service or a container of a Kubernetes workload, with its image
 * and the environment variables it sets (the value of a variable taken from a Secret is {@code null}).
 */
record Container(String where, String image, Map<String, String> environment) {

	/** Every container with an image in {@code compose.yaml} and under {@code deploy/k8s}. */
	static List<Container> all() {
		List<Container> containers = new ArrayList<>(compose());
		containers.addAll(kubernetes());
		return containers;
	}

	static List<Container> compose() {
		List<Container> containers = new ArrayList<>();
		Path file = DeployFiles.compose();
		Map<String, Object> services = cast(DeployFiles.document(file).get("services"));
		services.forEach((name, definition) -> {
			Map<String, Object> service = cast(definition);
			Map<String, String> environment = new LinkedHashMap<>();
			Object env = service.get("environment");
			if (env instanceof List<?>) {
				throw new IllegalArgumentException(file + " service " + name + ": write environment as a mapping");
			}
			if (env != null) {
				cast(env).forEach((key, value) -> environment.put(key, value == null ? null : value.toString()));
			}
			containers.add(new Container("compose.yaml service " + name, (String) service.get("image"), environment));
		});
		return containers;
	}

	static List<Container> kubernetes() {
		List<Container> containers = new ArrayList<>();
		for (Path file : DeployFiles.kubernetesFiles()) {
			for (Map<String, Object> object : DeployFiles.documents(file)) {
				Object podSpec = at(object, "spec", "template", "spec");
				if (!(podSpec instanceof Map<?, ?>)) {
					continue;
				}
				List<Object> all = new ArrayList<>();
				for (String kind : List.of("initContainers", "containers")) {
					Object items = cast(podSpec).get(kind);
					if (items != null) {
						all.addAll(list(items));
					}
				}
				for (Object item : all) {
					Map<String, Object> container = cast(item);
					Map<String, String> environment = new LinkedHashMap<>();
					Object env = container.get("env");
					for (Object variable : env == null ? List.of() : list(env)) {
						Map<String, Object> entry = cast(variable);
						Object value = entry.get("value");
						environment.put((String) entry.get("name"), value == null ? null : value.toString());
					}
					String where = DeployFiles.deploy().relativize(file) + " " + object.get("kind") + " "
							+ at(object, "metadata", "name") + " container " + container.get("name");
					containers.add(new Container(where, (String) container.get("image"), environment));
				}
			}
		}
		return containers;
	}

}
