package org.secondopinion.notification.placement;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What is known of one organisation, from a reference and the directory: its ids, identifiers ({@code system|value})
 * and names (normalised, lower case).
 */
final class Organization {

	private final Set<String> ids = new LinkedHashSet<>();

	private final Set<String> identifiers = new LinkedHashSet<>();

	private final Set<String> names = new LinkedHashSet<>();

	private @Nullable String label;

	private boolean inDirectory;

	static Organization named(String name) {
		Organization organization = new Organization();
		organization.ids.add(name.strip());
		organization.addName(name);
		organization.label = "'" + name + "'";
		return organization;
	}

	/** From a reference's parts: {@code id} of {@code Organization/id}, its identifier and display. */
	static Organization referenced(@Nullable String id, @Nullable String system, @Nullable String value,
			@Nullable String display) {
		Organization organization = new Organization();
		if (id != null) {
			organization.ids.add(id);
			organization.label = "Organization/" + id;
		}
		if (value != null) {
			organization.identifiers.add((system == null ? "" : system) + "|" + value);
			if (organization.label == null) {
				organization.label = "the organisation with identifier " + (system == null ? "" : system) + "|" + value;
			}
		}
		organization.addName(display);
		return organization;
	}

	/** Adds what the directory's Organization says: id, identifiers, name and aliases. */
	Organization with(JsonNode resource) {
		inDirectory = true;
		String id = resource.path("id").asString("");
		if (!id.isEmpty()) {
			ids.add(id);
			if (label == null || !label.startsWith("Organization/")) {
				label = "Organization/" + id;
			}
		}
		for (JsonNode identifier : resource.path("identifier")) {
			String value = identifier.path("value").asString("");
			if (!value.isEmpty()) {
				identifiers.add(identifier.path("system").asString("") + "|" + value);
			}
		}
		addName(resource.path("name").asString(null));
		resource.path("alias").forEach(alias -> addName(alias.asString(null)));
		return this;
	}

	private void addName(@Nullable String name) {
		if (name != null && !name.isBlank()) {
			names.add(OrganizationMappings.normal(name));
			if (displayName == null) {
				displayName = name.strip();
			}
		}
	}

	private @Nullable String displayName;

	Set<String> ids() {
		return ids;
	}

	Set<String> names() {
		return names;
	}

	/** Whether it has the identifier {@code system|value}, or {@code value} with any system. */
	boolean hasIdentifier(String wanted) {
		if (!wanted.contains("|")) {
			return identifiers.stream().anyMatch(i -> i.substring(i.indexOf('|') + 1).equals(wanted));
		}
		return identifiers.contains(wanted);
	}

	boolean inDirectory() {
		return inDirectory;
	}

	/** How an explanation names it: {@code Organization/org-7 (Hill Clinic)}. */
	String label() {
		String base = label == null ? "an organisation" : label;
		return displayName == null || base.equals("'" + displayName + "'") ? base : base + " (" + displayName + ")";
	}

}
