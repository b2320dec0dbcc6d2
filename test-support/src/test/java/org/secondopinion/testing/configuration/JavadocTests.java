package org.secondopinion.testing.configuration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavadocTests {

	@Test
	void rendersInlineTagsAsMarkdownCodeEvenWithBracesInside() {
		assertThat(Javadoc.markdown("discovered from {@code {base}/.well-known/smart-configuration}\n   when absent"))
			.isEqualTo("discovered from `{base}/.well-known/smart-configuration` when absent");
	}

	@Test
	void rendersLinksByTheirLabelOrTarget() {
		assertThat(Javadoc.markdown("{@link #DEFAULT_RESOURCE_TYPES} or {@link Foo#bar the bar}"))
			.isEqualTo("`DEFAULT_RESOURCE_TYPES` or the bar");
	}

	@Test
	void escapesPipesThatWouldSplitATableCell() {
		assertThat(Javadoc.markdown("the coded answer {@code system|code}")).isEqualTo("the coded answer `system\\|code`");
	}

}
