package org.secondopinion.deploy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReferencesTests {

	@Test
	void everyImageOfOursIsOneTheBuildProduces() {
		List<Container> ours = Container.all().stream().filter(c -> c.image() != null && Service.isOurs(c.image())).toList();

		assertThat(ours).isNotEmpty().allSatisfy(container -> {
			assertThat(Service.ofImage(container.image())).as(container.where() + " names a module we build").isPresent();
			assertThat(container.image()).as(container.where())
				.isEqualTo(Service.ofImage(container.image()).orElseThrow().image());
		});
	}

	@Test
	void composeRunsEveryImageAndKubernetesEveryServiceImage() {
		Set<String> compose = Container.compose().stream().map(Container::image).collect(Collectors.toSet());
		Set<String> kubernetes = Container.kubernetes().stream()
			.map(Container::image)
			.filter(image -> image != null)
			.collect(Collectors.toSet());

		for (Service service : Service.values()) {
			assertThat(compose).contains(service.image());
		}
		assertThat(kubernetes).contains(Service.FHIR_GATEWAY.image(), Service.ASSESSMENT_SERVICE.image(),
				Service.NOTIFICATION_SERVICE.image());
	}

	@Test
	void thirdPartyImagesArePinnedToAVersion() {
		List<String> images = Container.all().stream()
			.map(Container::image)
			.filter(image -> image != null && !Service.isOurs(image))
			.toList();

		assertThat(images).isNotEmpty().allSatisfy(image -> assertThat(image).matches(".+:[^:/]*[0-9][^:/]*")
			.doesNotEndWith(":latest"));
	}

}
