package org.secondopinion.notification.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.FlagPayload;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.PatientRef;
import org.secondopinion.notification.cases.IncomingFlag;

/** Reads a {@code flag.*} event's data into the service's own {@link IncomingFlag}: the wire records end here. */
final class IncomingFlags {

	private IncomingFlags() {
	}

	static IncomingFlag of(FlagPayload flag, @Nullable String traceParent) {
		FlagPayload.PatientSummary p = flag.patient();
		FlagPayload.CoverageSummary c = flag.coverage();
		EhrId ehr = EhrId.parse(p.ehrId())
			.orElseThrow(() -> new InvalidEventException("Flag " + flag.flagId() + " names no EHR id it can be from"));
		if (PatientRef.parse(p.ehrId(), p.id()).isEmpty()) {
			throw new InvalidEventException("Flag " + flag.flagId() + " names a patient id that is no FHIR id");
		}
		return new IncomingFlag(flag.flagId(),
				new IncomingFlag.PatientSummary(ehr, p.id(), p.name(), p.birthDate(), p.mrn()), flag.facility(),
				flag.priority(), flag.status(), flag.criteria().stream().map(IncomingFlags::criterion).toList(),
				c == null ? null : new IncomingFlag.CoverageSummary(c.payer(), c.plan(), c.status()), flag.rulesetVersion(),
				flag.assessedAt(), organizations(flag.organizations()), traceParent);
	}

	private static IncomingFlag.CriterionMet criterion(FlagPayload.CriterionMet m) {
		return new IncomingFlag.CriterionMet(m.code(), m.reason(),
				m.evidence().stream().map(e -> new IncomingFlag.Evidence(e.reference(), e.display())).toList(),
				m.due() == null ? null : new IncomingFlag.Due(m.due().date(), m.due().overdue()));
	}

	private static @Nullable List<IncomingFlag.OrganizationReference> organizations(
			@Nullable List<FlagPayload.OrganizationReference> references) {
		if (references == null) {
			return null;
		}
		return references.stream()
			.map(r -> new IncomingFlag.OrganizationReference(r.source(), r.reference(),
					r.identifier() == null ? null : new IncomingFlag.Identifier(r.identifier().system(), r.identifier().value()),
					r.display()))
			.toList();
	}

}
