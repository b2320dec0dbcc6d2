package org.secondopinion.sandbox.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;

/**
 * The provider directory's roles, found by {@code specialty} (a token: {@code system|code}, {@code code} or
 * {@code system|}), {@code organization} and {@code practitioner}, with their Practitioner and Organization on
 * request. A directory is small, so a search reads all roles and filters them.
 */
class PractitionerRoleProvider extends ResourceProvider {

	private final FhirStore store;

	PractitionerRoleProvider(FhirStore store) {
		super(PractitionerRole.class, store);
		this.store = store;
	}

	@Search
	public IBundleProvider search(@OptionalParam(name = Constants.PARAM_ID) @Nullable TokenOrListParam id,
			@OptionalParam(name = PractitionerRole.SP_SPECIALTY) @Nullable TokenOrListParam specialty,
			@OptionalParam(name = PractitionerRole.SP_ORGANIZATION) @Nullable ReferenceParam organization,
			@OptionalParam(name = PractitionerRole.SP_PRACTITIONER) @Nullable ReferenceParam practitioner,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) @Nullable DateRangeParam lastUpdated,
			@IncludeParam(allow = { "PractitionerRole:practitioner",
					"PractitionerRole:organization" }) @Nullable Set<Include> includes,
			@Count @Nullable Integer count, @Sort @Nullable SortSpec sort) {
		IBundleProvider all = search(ResourceQuery.all(), id, lastUpdated, sort, null);
		List<PractitionerRole> roles = all.getResources(0, all.size())
			.stream()
			.map(PractitionerRole.class::cast)
			.filter(hasSpecialty(specialty))
			.filter(refersTo(organization, "Organization", PractitionerRole::getOrganization))
			.filter(refersTo(practitioner, "Practitioner", PractitionerRole::getPractitioner))
			.toList();
		roles.forEach(role -> ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(role, BundleEntrySearchModeEnum.MATCH));
		include(roles, includes);
		return new SimpleBundleProvider(roles);
	}

	private void include(List<PractitionerRole> roles, @Nullable Set<Include> includes) {
		if (includes == null || includes.isEmpty()) {
			return;
		}
		boolean practitioners = includes.stream().anyMatch(include -> "practitioner".equals(include.getParamName()));
		boolean organizations = includes.stream().anyMatch(include -> "organization".equals(include.getParamName()));
		Map<String, Optional<? extends Resource>> read = new HashMap<>();
		for (PractitionerRole role : roles) {
			if (practitioners) {
				resolve(role.getPractitioner(), Practitioner.class, read);
			}
			if (organizations) {
				resolve(role.getOrganization(), Organization.class, read);
			}
		}
	}

	private void resolve(Reference reference, Class<? extends Resource> type,
			Map<String, Optional<? extends Resource>> read) {
		if (!reference.hasReference()) {
			return;
		}
		String id = reference.getReferenceElement().getIdPart();
		read.computeIfAbsent(type.getSimpleName() + "/" + id, key -> store.read(type, id))
			.ifPresent(reference::setResource);
	}

	private static Predicate<PractitionerRole> hasSpecialty(@Nullable TokenOrListParam specialty) {
		if (specialty == null) {
			return role -> true;
		}
		return role -> specialty.getValuesAsQueryTokens()
			.stream()
			.anyMatch(token -> role.getSpecialty().stream().anyMatch(concept -> matches(concept, token)));
	}

	private static boolean matches(CodeableConcept concept, TokenParam token) {
		return concept.getCoding().stream().anyMatch(coding -> {
			boolean systemMatches = token.getSystem() == null || token.getSystem().equals(coding.getSystem());
			boolean codeMatches = token.getValue() == null || token.getValue().isEmpty()
					|| token.getValue().equals(coding.getCode());
			return systemMatches && codeMatches;
		});
	}

	private static Predicate<PractitionerRole> refersTo(@Nullable ReferenceParam parameter, String type,
			Function<PractitionerRole, Reference> element) {
		if (parameter == null) {
			return role -> true;
		}
		return role -> {
			Reference reference = element.apply(role);
			String referencedType = reference.getReferenceElement().getResourceType();
			return (parameter.getResourceType() == null || parameter.getResourceType().equals(type))
					&& (referencedType == null || referencedType.equals(type))
					&& parameter.getIdPart() != null
					&& parameter.getIdPart().equals(reference.getReferenceElement().getIdPart());
		};
	}

}
