package org.secondopinion.messaging.replay;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.messaging.replay.DeadLetterReplay.DeadLetter;
import org.secondopinion.messaging.replay.DeadLetterReplay.DeadLetters;
import org.secondopinion.messaging.replay.DeadLetterReplay.ReplayResult;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientRef;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditOutcome;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins list a topic's dead letters (a dry run of the replay with the same parameters) and replay them. Every replay
 * is on the audit trail: who re-published which dead letter, for which patient, to which topic.
 */
@RestController
class DeadLetterReplayController {

	private static final int MAX_LIMIT = 1000;

	private final DeadLetterReplay replays;

	private final AuditTrail audit;

	DeadLetterReplayController(DeadLetterReplay replays, AuditTrail audit) {
		this.replays = replays;
		this.audit = audit;
	}

	@Operation(summary = "The dead letters of a topic that a replay with these parameters would take: count, pending, "
			+ "and per record its partition, offset, key, reason and whether it was replayed (never its content)")
	@GetMapping("/api/v1/admin/dead-letters/{topic}")
	DeadLetters list(@PathVariable String topic, @RequestParam(required = false) @Nullable Integer partition,
			@RequestParam(required = false) @Nullable Long fromOffset,
			@RequestParam(required = false) @Nullable Long toOffset, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String name, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 0 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
		}
		DeadLetters letters = replays.list(topic, new ReplayFilter(partition, fromOffset, toOffset, key, name), limit);
		audit.record(new AuditedAccess(AuditAction.READ, "dead-letter-list", AuditOutcome.SUCCESS, null, null,
				"DeadLetters/" + letters.deadLetterTopic(),
				letters.count() + " dead letter(s), " + letters.pending() + " pending for replay " + letters.replay()));
		return letters;
	}

	@Operation(summary = "Re-publishes the dead letters these parameters take to their topic, once per replay name; "
			+ "a replay resumes where it stopped and replays nothing twice")
	@PostMapping("/api/v1/admin/dead-letters/{topic}/replay")
	ReplayResult replay(@PathVariable String topic, @RequestParam(required = false) @Nullable Integer partition,
			@RequestParam(required = false) @Nullable Long fromOffset,
			@RequestParam(required = false) @Nullable Long toOffset, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String name) {
		ReplayResult result = replays.replay(topic, new ReplayFilter(partition, fromOffset, toOffset, key, name));
		List<AuditedAccess> accesses = new ArrayList<>();
		accesses.add(new AuditedAccess(AuditAction.EXECUTE, "dead-letter-replay", AuditOutcome.SUCCESS, null, null,
				"DeadLetters/" + result.deadLetterTopic(),
				"replay " + result.replay() + ": " + result.replayed() + " re-published to " + topic));
		for (DeadLetter letter : result.records()) {
			accesses.add(replayed(result, letter));
		}
		audit.recordAll(accesses, null);
		return result;
	}

	/** A replayed record, for the patient its key names ({@code {ehrId}/Patient/{id}}), or the EHR otherwise. */
	private static AuditedAccess replayed(ReplayResult result, DeadLetter letter) {
		String[] key = letter.key() == null ? new String[0] : letter.key().split("/", 3);
		// a key that cannot name an EHR or a patient (a poison record's may not) names nobody on record
		EhrId ehr = key.length == 3 ? EhrId.parse(key[0]).orElse(null) : null;
		PatientRef patient = key.length == 3 && key[1].equals("Patient") ? PatientRef.parse(key[0], key[2]).orElse(null)
				: null;
		return new AuditedAccess(AuditAction.EXECUTE, "dead-letter-replay", AuditOutcome.SUCCESS, ehr, patient,
				result.deadLetterTopic() + "/" + letter.partition() + "/" + letter.offset(),
				"re-published to " + result.topic() + " by replay " + result.replay());
	}

	@ExceptionHandler
	ProblemDetail unknownTopic(DeadLetterReplay.UnknownTopicException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail running(DeadLetterReplay.ReplayRunningException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badFilter(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
