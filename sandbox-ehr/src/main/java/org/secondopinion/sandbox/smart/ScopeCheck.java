package org.secondopinion.sandbox.smart;

import java.util.Locale;

/**
 * Whether granted SMART system scopes allow a request: {@code system/{type or *}.{read|write|*}} (SMART v1), or
 * the v2 letters {@code c r u d s} ({@code system/Task.cu}).
 */
final class ScopeCheck {

	private ScopeCheck() {
	}

	static boolean allows(String grantedScopes, String method, String resourceType) {
		boolean write = !("GET".equals(method) || "HEAD".equals(method));
		for (String scope : grantedScopes.trim().split("\\s+")) {
			if (!scope.startsWith("system/") || scope.indexOf('.') < 0) {
				continue;
			}
			String type = scope.substring("system/".length(), scope.indexOf('.'));
			String action = scope.substring(scope.indexOf('.') + 1).toLowerCase(Locale.ROOT);
			int query = action.indexOf('?');
			if (query >= 0) {
				action = action.substring(0, query);
			}
			if (!type.equals("*") && !type.equals(resourceType)) {
				continue;
			}
			if (action.equals("*") || action.equals(write ? "write" : "read")) {
				return true;
			}
			if (action.matches("c?r?u?d?s?") && (write ? action.matches(".*[cud].*") : action.matches(".*[rs].*"))) {
				return true;
			}
		}
		return false;
	}

}
