package org.secondopinion.notification.writeback;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.secondopinion.messaging.Outbox;
import org.secondopinion.messaging.TimeOrderedIds;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.Topics;
import org.secondopinion.notification.cases.CaseChanged;
import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CasesChanged;
import org.secondopinion.notification.cases.CaseManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the write-back requests: writes a {@code task.requested} event to the outbox on every case change the
 * EHR's Task should reflect, in the transaction of the change: the case and its Task event commit together or not
 * at all. The gateway's {@code EhrTaskWriter} writes the Task into the EHR.
 */
@Component
class TaskRequestPublisher {

	static final String SOURCE = "/notification-service";

	private static final Set<String> MIRRORED = Set.of("opened", "flag-updated", "acknowledged", "in-review", "assigned",
			"referred", "closed");

	private final CaseManagement cases;

	private final CaseTasks tasks;

	private final Outbox outbox;

	private final EventCodec codec;

	private final WritebackSettings settings;

	TaskRequestPublisher(CaseManagement cases, CaseTasks tasks, Outbox outbox, EventCodec codec,
			WritebackSettings settings) {
		this.cases = cases;
		this.tasks = tasks;
		this.outbox = outbox;
		this.codec = codec;
		this.settings = settings;
	}

	@EventListener
	void on(CaseChanged change) {
		if (!settings.enabled() || !MIRRORED.contains(change.action())) {
			return;
		}
		outbox.addAll(List.of(entry(cases.detail(change.caseId()).orElseThrow(), change)));
	}

	/**
	 * The changes of a batch of flags: one write to the outbox, no read (the batch passes its cases on as it left
	 * them). Each mirrored change still gets its event, showing the case as the batch left it, in the trace of the
	 * flag that caused it.
	 */
	@EventListener
	void on(CasesChanged batch) {
		if (!settings.enabled()) {
			return;
		}
		List<CaseChanged> mirrored = batch.changes().stream().filter(c -> MIRRORED.contains(c.action())).toList();
		if (mirrored.isEmpty()) {
			return;
		}
		Map<CaseId, CaseDetail> records = batch.cases();
		outbox.addAll(mirrored.stream().map(change -> entry(records.get(change.caseId()), change)).toList());
	}

	private Outbox.Entry entry(CaseDetail c, CaseChanged change) {
		UUID eventId = TimeOrderedIds.next();
		PatientKey key = new PatientKey(c.patient().ehrId().value(), c.patient().id());
		CloudEvent event = CloudEvent.of(eventId.toString(), SOURCE, EventType.TASK_REQUESTED, key.reference(),
				OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC), tasks.task(c, change.at()));
		return new Outbox.Entry(eventId, Topics.EHR_WRITEBACK, key.toString(), codec.write(event), change.traceParent());
	}

}
