package org.gelplan.committee.decision;

import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DecisionCompleted;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.DecisionView.DecisionStatus;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.Votes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A decision's state is judged for the day asked about, from the facts recorded. */
class DecisionDocumentTest {

    private static final LocalDate DECIDED = LocalDate.of(2009, 10, 30);
    private static final LocalDate DUE = LocalDate.of(2009, 11, 30);
    private static final DecisionId ID = DecisionId.of("86001", 1);
    private static final DecisionDocument RECORDED = DecisionDocument.of(new DecisionRecorded(CommitteeId.of("86001"), ID,
            MeetingId.of("86001", 1), DECIDED, "Publicar", new Votes(7, 0, 1), List.of("INF-NORM-02"),
            MemberId.of("86001", 10), DUE), Instant.parse("2009-10-30T20:00:00Z"));

    @Test
    void isOpenUntilItsDueDateAndOverdueAfterIt() {
        assertThat(RECORDED.view(DUE).overdue()).isFalse();
        assertThat(RECORDED.view(DUE.plusDays(1)).overdue()).isTrue();
        assertThat(RECORDED.view(DUE.plusDays(1)).status()).isEqualTo(DecisionStatus.OPEN);
    }

    @Test
    void isCompletedOnlyFromItsCompletionDayOn() {
        DecisionDocument completed = RECORDED.completed(new DecisionCompleted(CommitteeId.of("86001"), ID,
                DUE.plusDays(3), new CompletionEvidence("Decretos publicados", null, null), false), Instant.parse("2009-12-03T20:00:00Z"));

        DecisionView before = completed.view(DUE.plusDays(2));
        DecisionView after = completed.view(DUE.plusDays(3));

        assertThat(before.status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(before.overdue()).isTrue();
        assertThat(before.evidence()).isNull();
        assertThat(after.status()).isEqualTo(DecisionStatus.COMPLETED);
        assertThat(after.completedOnTime()).isFalse();
        assertThat(after.overdue()).isFalse();
    }

    @Test
    void tellsWhetherItConcernsACriterionWhateverTheCase() {
        DecisionView view = RECORDED.view(DECIDED);

        assertThat(view.concerns("inf-norm-02")).isTrue();
        assertThat(view.concerns("INF-NORM-03")).isFalse();
        assertThat(RECORDED.existedOn(DECIDED.minusDays(1))).isFalse();
    }

    @Test
    void aCompletionRecordedLateWasNotKnownBeforeItWasRecordedThoughDatedEarlier() {
        Instant recordedLate = Instant.parse("2010-02-01T15:00:00Z");
        Instant between = Instant.parse("2010-01-15T15:00:00Z");
        DecisionDocument completed = RECORDED.completed(new DecisionCompleted(CommitteeId.of("86001"), ID,
                DUE.minusDays(1), new CompletionEvidence("Decretos publicados", null, null), false), recordedLate);
        LocalDate dayOfBetween = LocalDate.of(2010, 1, 15);

        assertThat(completed.asKnownAt(between).view(dayOfBetween).status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(completed.asKnownAt(between).view(dayOfBetween).overdue()).isTrue();
        assertThat(completed.asKnownAt(recordedLate).view(dayOfBetween).status()).isEqualTo(DecisionStatus.COMPLETED);
        assertThat(completed.asKnownAt(null).view(dayOfBetween).status()).isEqualTo(DecisionStatus.COMPLETED);
        assertThat(completed.knownAt(Instant.parse("2009-10-30T19:59:59Z"))).isFalse();
        assertThat(completed.knownAt(between)).isTrue();
    }
}
