package org.secondopinion.deploy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The modules built as images, the packages of their settings and the image name the build gives them. */
enum Service {

	FHIR_GATEWAY("fhir-gateway", "org.secondopinion.gateway", "org.secondopinion.security"),
	ASSESSMENT_SERVICE("assessment-service", "org.secondopinion.assessment", "org.secondopinion.security"),
	NOTIFICATION_SERVICE("notification-service", "org.secondopinion.notification", "org.secondopinion.security"),
	SANDBOX_EHR("sandbox-ehr", "org.secondopinion.sandbox");

	private final String module;

	private final List<String> settingsPackages;

	Service(String module, String... settingsPackages) {
		this.module = module;
		this.settingsPackages = List.of(settingsPackages);
	}

	String module() {
		return module;
	}

	List<String> settingsPackages() {
		return settingsPackages;
	}

	/** The service's own settings file, {@code <module>.yaml} on its classpath. */
	String settingsFile() {
		return module + ".yaml";
	}

	/** The image the build produces, from the pom property {@code image.<module>} handed over by Maven. */
	String image() {
		String image = System.getProperty("image." + module);
		if (image == null || image.isBlank() || image.contains("${")) {
			throw new IllegalStateException("Run through Maven: system property image." + module
					+ " (the pom property) is not set");
		}
		return image;
	}

	/** The service an image reference of ours names: {@code second-opinion/<module>:<tag>}. */
	static Optional<Service> ofImage(String image) {
		String repository = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
		return Arrays.stream(values()).filter(service -> repository.equals("second-opinion/" + service.module)).findFirst();
	}

	static boolean isOurs(String image) {
		return image.startsWith("second-opinion/");
	}

}
