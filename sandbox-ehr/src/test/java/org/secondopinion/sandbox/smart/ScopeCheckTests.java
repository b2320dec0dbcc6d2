package org.secondopinion.sandbox.smart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeCheckTests {

	@Test
	void readScopesAllowReadsOnly() {
		assertThat(ScopeCheck.allows("system/*.read", "GET", "Patient")).isTrue();
		assertThat(ScopeCheck.allows("system/*.read", "POST", "Task")).isFalse();
		assertThat(ScopeCheck.allows("system/Condition.read", "GET", "Patient")).isFalse();
	}

	@Test
	void aTypedWriteScopeAllowsWritesOfThatTypeOnly() {
		String scopes = "system/*.read system/Task.write";

		assertThat(ScopeCheck.allows(scopes, "POST", "Task")).isTrue();
		assertThat(ScopeCheck.allows(scopes, "PUT", "Task")).isTrue();
		assertThat(ScopeCheck.allows(scopes, "DELETE", "Patient")).isFalse();
	}

	@Test
	void understandsSmartV2Letters() {
		assertThat(ScopeCheck.allows("system/Task.cu", "POST", "Task")).isTrue();
		assertThat(ScopeCheck.allows("system/Task.cu", "GET", "Task")).isFalse();
		assertThat(ScopeCheck.allows("system/*.rs", "GET", "Observation")).isTrue();
		assertThat(ScopeCheck.allows("patient/*.read user/*.*", "GET", "Observation")).as("only system scopes").isFalse();
	}

}
