package org.gelplan.committee.rules;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.CommitteeConstituted;
import org.gelplan.committee.api.ConstituteCommittee;
import org.gelplan.committee.api.DateInFuture;
import org.gelplan.committee.api.InvalidComposition;
import org.gelplan.committee.api.RequiredField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gelplan.committee.api.CommitteeRole.*;
import static org.gelplan.committee.rules.CommitteeFixtures.*;
import static org.hamcrest.Matchers.containsString;

class ConstitutionTest {

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void constitutesACommitteeNumberingItsMembersInTheActsOrder() {
        fixture.givenNoPriorActivity()
                .when(constitute(appointees()))
                .expectEvents(constituted());

        CommitteeConstituted event = constituted();
        assertThat(event.members()).hasSize(13);
        assertThat(event.members().get(0).memberId().value()).isEqualTo("86001-M01");
        assertThat(event.members().get(4).appointee().roles()).containsExactly(MEMBER, LEADER, AUTHOR);
        assertThat(event.members().get(12).memberId().value()).isEqualTo("86001-M13");
    }

    @Test
    void refusesConstitutingAnEntitysCommitteeTwice() {
        fixture.given(constituted()).when(constitute(appointees())).expectException(EventStoreException.class);
    }

    @Test
    void refusesAConstitutionDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteCommittee(ID, LocalDate.of(2009, 11, 16), "Resolución", appointees()))
                .expectException(DateInFuture.class);
    }

    @Test
    void refusesAConstitutionWithoutItsAct() {
        fixture.givenNoPriorActivity()
                .when(new ConstituteCommittee(ID, CONSTITUTED, " ", appointees()))
                .expectException(RequiredField.class);
    }

    @Test
    void refusesAConstitutionWithoutExactlyOneLeader() {
        List<Appointee> twoLeaders = changed(0, appointee("Cargo 1", List.of(MEMBER, LEADER)));
        fixture.givenNoPriorActivity().when(constitute(twoLeaders))
                .expectException(InvalidComposition.class)
                .expectExceptionMessage(containsString("committee.one-leader-required [2]"));
    }

    @Test
    void refusesAConstitutionWithoutVotingMembers() {
        fixture.givenNoPriorActivity().when(constitute(List.of(appointee("Invitado", List.of(INVITEE)))))
                .expectException(InvalidComposition.class)
                .expectExceptionMessage(containsString("committee.voting-member-required"));
    }

    @Test
    void refusesAnAppointeeWhoIsNeitherOrBothMemberAndInvitee() {
        fixture.givenNoPriorActivity().when(constitute(changed(0, appointee("Cargo 1", List.of(AUTHOR)))))
                .expectException(InvalidComposition.class)
                .expectExceptionMessage(containsString("committee.member-or-invitee"));
        fixture.givenNoPriorActivity().when(constitute(changed(0, appointee("Cargo 1", List.of(MEMBER, INVITEE)))))
                .expectExceptionMessage(containsString("committee.member-or-invitee"));
    }

    @Test
    void refusesAnInviteeHoldingARoleOnlyMembersHold() {
        fixture.givenNoPriorActivity()
                .when(constitute(changed(12, appointee("Jefe oficina Jurídica", List.of(INVITEE, COMMUNITY_REPRESENTATIVE)))))
                .expectException(InvalidComposition.class)
                .expectExceptionMessage(containsString("committee.invitee-role"));
    }

    @Test
    void refusesThePositionTwiceWhateverItsAccentsAndCase() {
        List<Appointee> appointees = changed(0, appointee("Secretario de Educación", List.of(MEMBER)));
        appointees.set(1, appointee("SECRETARIO  DE EDUCACION", List.of(MEMBER)));
        fixture.givenNoPriorActivity().when(constitute(appointees))
                .expectException(InvalidComposition.class)
                .expectExceptionMessage(containsString("committee.duplicate-position"));
    }

    private static List<Appointee> changed(int index, Appointee replacement) {
        List<Appointee> appointees = new ArrayList<>(appointees());
        appointees.set(index, replacement);
        return appointees;
    }
}
