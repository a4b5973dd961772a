package org.gelplan.committee.rules;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.committee.api.AppointMember;
import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.DateInFuture;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.Member;
import org.gelplan.committee.api.MemberAlreadyRemoved;
import org.gelplan.committee.api.MemberAppointed;
import org.gelplan.committee.api.MemberNotFound;
import org.gelplan.committee.api.MemberRemoved;
import org.gelplan.committee.api.PositionAlreadyHeld;
import org.gelplan.committee.api.RemoveMember;
import org.gelplan.committee.api.RequiredField;
import org.gelplan.committee.api.RoleAlreadyHeld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.gelplan.committee.api.CommitteeRole.LEADER;
import static org.gelplan.committee.api.CommitteeRole.MEMBER;
import static org.gelplan.committee.rules.CommitteeFixtures.*;
import static org.hamcrest.Matchers.containsString;

class MembershipTest {

    private static final LocalDate NOV_1 = LocalDate.of(2009, 11, 1);
    private static final Appointee NEW_LEADER = new Appointee("Secretario de Educación (e)", "Ana Pérez",
            List.of(MEMBER, LEADER), null);

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void appointsSomeoneUnderTheNextNumberFromTheEffectiveDay() {
        Appointee newcomer = appointee("Personero Municipal", List.of(MEMBER));
        fixture.given(constituted())
                .when(new AppointMember(ID, newcomer, NOV_1, "Se amplía el comité"))
                .expectEvents(new MemberAppointed(ID, new Member(member(14), newcomer), NOV_1, "Se amplía el comité"))
                .expectResultMessagePayload(member(14));
    }

    @Test
    void refusesAnAppointmentDatedInTheFutureOrBeforeTheConstitution() {
        Appointee newcomer = appointee("Personero Municipal", List.of(MEMBER));
        fixture.given(constituted()).when(new AppointMember(ID, newcomer, TODAY.plusDays(1), "r"))
                .expectException(DateInFuture.class);
        fixture.given(constituted()).when(new AppointMember(ID, newcomer, CONSTITUTED.minusDays(1), "r"))
                .expectException(DateOutOfOrder.class)
                .expectExceptionMessage(containsString("committee.before-constitution"));
    }

    @Test
    void refusesAnAppointmentToAPositionStillHeld() {
        fixture.given(constituted())
                .when(new AppointMember(ID, appointee("CARGO 3", List.of(MEMBER)), NOV_1, "r"))
                .expectException(PositionAlreadyHeld.class);
    }

    @Test
    void refusesASecondLeaderWhileTheFirstIsOnTheCommittee() {
        fixture.given(constituted())
                .when(new AppointMember(ID, NEW_LEADER, NOV_1, "Empalme"))
                .expectException(RoleAlreadyHeld.class)
                .expectExceptionMessage(containsString("LEADER, 86001-M05"));
    }

    @Test
    void letsANewLeaderTakeOverOnTheDayTheFormerOneLeaves() {
        fixture.given(constituted(), new MemberRemoved(ID, THE_LEADER, NOV_1, "Empalme"))
                .when(new AppointMember(ID, NEW_LEADER, NOV_1, "Empalme"))
                .expectEvents(new MemberAppointed(ID, new Member(member(14), NEW_LEADER), NOV_1, "Empalme"));
    }

    @Test
    void refusesAMembershipChangeTakingEffectOnOrBeforeTheLastHeldMeeting() {
        fixture.given(constituted(), scheduled(1, NOV_1), held(1, NOV_1, quorumWithLeader()))
                .when(new RemoveMember(ID, member(3), NOV_1, "Renuncia"))
                .expectException(DateOutOfOrder.class)
                .expectExceptionMessage(containsString("committee.before-last-meeting"));
    }

    @Test
    void requiresAReasonToAppointOrRemove() {
        fixture.given(constituted())
                .when(new AppointMember(ID, appointee("Personero Municipal", List.of(MEMBER)), NOV_1, " "))
                .expectException(RequiredField.class);
        fixture.given(constituted()).when(new RemoveMember(ID, member(3), NOV_1, null))
                .expectException(RequiredField.class);
    }

    @Test
    void removesAMemberFromTheEffectiveDay() {
        fixture.given(constituted())
                .when(new RemoveMember(ID, member(3), NOV_1, "Renuncia"))
                .expectEvents(new MemberRemoved(ID, member(3), NOV_1, "Renuncia"));
    }

    @Test
    void refusesRemovingSomeoneTwiceOrNobody() {
        fixture.given(constituted(), new MemberRemoved(ID, member(3), NOV_1, "Renuncia"))
                .when(new RemoveMember(ID, member(3), TODAY, "Otra vez"))
                .expectException(MemberAlreadyRemoved.class);
        fixture.given(constituted()).when(new RemoveMember(ID, member(40), NOV_1, "r"))
                .expectException(MemberNotFound.class);
    }

    @Test
    void refusesARemovalNotAfterTheAppointment() {
        fixture.given(constituted())
                .when(new RemoveMember(ID, member(3), CONSTITUTED, "r"))
                .expectException(DateOutOfOrder.class)
                .expectExceptionMessage(containsString("committee.removal-before-appointment"));
    }
}
