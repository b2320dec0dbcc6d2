package org.secondopinion.notification.cases;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secondopinion.notification.cases.CaseStatus.ACKNOWLEDGED;
import static org.secondopinion.notification.cases.CaseStatus.CLOSED;
import static org.secondopinion.notification.cases.CaseStatus.IN_REVIEW;
import static org.secondopinion.notification.cases.CaseStatus.NEW;
import static org.secondopinion.notification.cases.CaseStatus.REFERRED;

class LifecycleTests {

	private final Lifecycle strict = new Lifecycle(true);

	private final Lifecycle lenient = new Lifecycle(false);

	@Test
	void walksTheHappyPath() {
		assertThat(strict.acknowledge(NEW)).isEqualTo(ACKNOWLEDGED);
		assertThat(strict.startReview(ACKNOWLEDGED)).isEqualTo(IN_REVIEW);
		assertThat(strict.refer(IN_REVIEW)).isEqualTo(REFERRED);
		assertThat(strict.close(REFERRED, Outcome.SECOND_OPINION_OBTAINED)).isEqualTo(CLOSED);
	}

	@Test
	void refusesWorkOnANewCaseWhenTheSiteRequiresAcknowledgement() {
		assertConflict(() -> strict.refer(NEW), "acknowledged first");
		assertConflict(() -> strict.startReview(NEW), "acknowledged first");
		assertConflict(() -> strict.close(NEW, Outcome.NOT_NEEDED), "acknowledged first");
		strict.assign(NEW);
	}

	@Test
	void letsANewCaseBeWorkedWhenTheSiteDoesNotRequireAcknowledgement() {
		assertThat(lenient.refer(NEW)).isEqualTo(REFERRED);
		assertThat(lenient.startReview(NEW)).isEqualTo(IN_REVIEW);
		assertThat(lenient.close(NEW, Outcome.NOT_NEEDED)).isEqualTo(CLOSED);
	}

	@Test
	void refusesEveryActionOnAClosedCase() {
		assertConflict(() -> strict.acknowledge(CLOSED), "only a new case");
		assertConflict(() -> strict.close(CLOSED, Outcome.NOT_NEEDED), "the case is closed");
		assertConflict(() -> lenient.refer(CLOSED), "the case is closed");
		assertConflict(() -> strict.assign(CLOSED), "cannot be reassigned");
	}

	@Test
	void allowsASecondOpinionOutcomeOnlyForAReferredCase() {
		assertConflict(() -> strict.close(IN_REVIEW, Outcome.SECOND_OPINION_OBTAINED), "referred case");
		assertThat(strict.close(IN_REVIEW, Outcome.PATIENT_DECLINED)).isEqualTo(CLOSED);
		assertConflict(() -> strict.refer(REFERRED), "already referred");
		assertConflict(() -> strict.startReview(REFERRED), "new or acknowledged");
	}

	private static void assertConflict(Runnable action, String why) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
			assertThat(ex.getStatusCode().value()).isEqualTo(409);
			assertThat(ex.getBody().getDetail()).contains(why);
		});
	}

}
