package org.gelplan.committee.membership;

import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.CommitteeConstituted;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.committee.api.Member;
import org.gelplan.committee.api.MemberAppointed;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.MemberRemoved;
import org.gelplan.committee.api.MemberView;
import org.gelplan.core.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gelplan.committee.api.CommitteeRole.*;

/** The committees read model on an in-memory MongoDB wire server: membership as of any day. */
class CommitteeReadModelTest {

    private static final Instant RECORDED = Instant.parse("2012-06-01T15:00:00Z");

    private static final CommitteeId MOCOA = CommitteeId.of("86001");
    private static final LocalDate CONSTITUTED = LocalDate.of(2009, 9, 21);
    private static final LocalDate EMPALME = LocalDate.of(2012, 1, 1);

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final CommitteeProjection projection = new CommitteeProjection(mongo.repository(CommitteeRepository.class));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void answersWhoWasOnTheCommitteeAndWhoLedItOnAnyDay() {
        projection.on(constituted(12), RECORDED);
        projection.on(new MemberRemoved(MOCOA, MemberId.of("86001", 5), EMPALME, "Empalme"), RECORDED);
        MemberAppointed successor = new MemberAppointed(MOCOA, new Member(MemberId.of("86001", 14),
                new Appointee("Secretario de Educación", "María Pérez", List.of(MEMBER, LEADER), null)), EMPALME, "Empalme");
        projection.on(successor, RECORDED);
        projection.on(successor, RECORDED);

        CommitteeView before = committeeOn(EMPALME.minusDays(1));
        CommitteeView after = committeeOn(EMPALME);

        assertThat(before.leader().id()).isEqualTo("86001-M05");
        assertThat(after.leader().name()).isEqualTo("María Pérez");
        assertThat(before.currentMembers()).hasSize(12);
        assertThat(after.currentMembers()).hasSize(12).extracting(MemberView::id).doesNotContain("86001-M05");
        assertThat(after.invitees()).extracting(MemberView::name).containsExactly("Jefe oficina Jurídica");
        assertThat(after.members()).hasSize(14).extracting(MemberView::id).endsWith("86001-M13", "86001-M14");
        assertThat(committeeOn(CONSTITUTED.minusDays(1)).currentMembers()).isEmpty();
        assertThat(projection.handle(new FindCommittee("86320", EMPALME))).isEmpty();
    }

    @Test
    void keepsTheMembersInOrderOfAppointmentPastNinetyNine() {
        projection.on(constituted(120), RECORDED);

        assertThat(committeeOn(CONSTITUTED).members()).extracting(MemberView::id)
                .containsSubsequence("86001-M99", "86001-M100", "86001-M121");
    }

    @Test
    void aRemovalAndAnAppointmentRecordedLateWereNotKnownBeforeTheyWereRecordedThoughEffectiveEarlier() {
        Instant constitutedAt = Instant.parse("2009-09-22T15:00:00Z");
        Instant askedAbout = Instant.parse("2012-01-10T15:00:00Z");
        Instant recordedLate = Instant.parse("2012-02-01T15:00:00Z");
        projection.on(constituted(12), constitutedAt);
        projection.on(new MemberRemoved(MOCOA, MemberId.of("86001", 5), EMPALME, "Empalme"), recordedLate);
        projection.on(new MemberAppointed(MOCOA, new Member(MemberId.of("86001", 14),
                new Appointee("Secretario de Educación", "María Pérez", List.of(MEMBER, LEADER), null)), EMPALME, "Empalme"),
                recordedLate);

        CommitteeView asRecordedThen = projection.handle(new FindCommittee("86001", EMPALME, askedAbout)).orElseThrow();
        CommitteeView asRecordedNow = projection.handle(new FindCommittee("86001", EMPALME, null)).orElseThrow();

        assertThat(asRecordedThen.leader().id()).isEqualTo("86001-M05");
        assertThat(asRecordedThen.members()).extracting(MemberView::id).doesNotContain("86001-M14");
        assertThat(asRecordedThen.members()).filteredOn(m -> m.id().equals("86001-M05"))
                .extracting(MemberView::removedOn).containsOnlyNulls();
        assertThat(asRecordedNow.leader().id()).isEqualTo("86001-M14");
        assertThat(projection.handle(new FindCommittee("86001", EMPALME, recordedLate)).orElseThrow().leader().id())
                .isEqualTo("86001-M14");
        assertThat(projection.handle(new FindCommittee("86001", CONSTITUTED, constitutedAt.minusSeconds(1)))).isEmpty();
    }

    private CommitteeView committeeOn(LocalDate day) {
        return projection.handle(new FindCommittee("86001", day)).orElseThrow();
    }

    /** Members M01.. (M05 the leader), then the invitee. */
    private static CommitteeConstituted constituted(int members) {
        List<Member> all = new ArrayList<>(IntStream.rangeClosed(1, members).mapToObj(n -> new Member(MemberId.of("86001", n),
                new Appointee("Cargo " + n, null, n == 5 ? List.of(MEMBER, LEADER) : List.of(MEMBER), null))).toList());
        all.add(new Member(MemberId.of("86001", members + 1), new Appointee("Jefe oficina Jurídica", "Jefe oficina Jurídica",
                List.of(INVITEE), null)));
        return new CommitteeConstituted(MOCOA, CONSTITUTED, "Resolución 001143 de 2009", all);
    }
}
