package org.secondopinion.sandbox.export;

import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Group.GroupType;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Puts {@code Group/all-patients} into the store at startup, for {@code Group/all-patients/$export}: it lists no
 * members, because its members are whatever patients the store holds when an export starts (the population grows
 * after startup). Other Groups export the Patients their {@code member} elements name.
 */
@Component
class AllPatientsGroup implements SmartInitializingSingleton {

	static final String ID = "all-patients";

	private final FhirStore store;

	AllPatientsGroup(FhirStore store) {
		this.store = store;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (store.latest(Group.class, ID).isPresent()) {
			return;
		}
		Group group = new Group().setType(GroupType.PERSON).setActual(true).setName("All patients");
		group.setId(ID);
		group.getText()
			.setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
			.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Every patient in the sandbox EHR at the time "
					+ "of an export; no member list.</div>");
		store.put(group);
	}

}
