package org.gelplan.committee.rules;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.CommitteeConstituted;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.ConstituteCommittee;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.Quorum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.gelplan.committee.api.CommitteeRole.*;

/**
 * A committee shaped like Mocoa's: twelve members (M05 leader, M08 control interno, M11 and M12
 * community representatives) and an invitee (M13), constituted on 2009-09-21; today is 2009-11-15.
 */
final class CommitteeFixtures {

    static final CommitteeId ID = CommitteeId.of("86001");
    static final LocalDate CONSTITUTED = LocalDate.of(2009, 9, 21);
    static final LocalDate TODAY = LocalDate.of(2009, 11, 15);
    static final MemberId THE_LEADER = member(5);
    static final MemberId THE_INVITEE = member(13);

    private CommitteeFixtures() {
    }

    static FixtureConfiguration<Committee> fixture() {
        FixtureConfiguration<Committee> fixture = new AggregateTestFixture<>(Committee.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2009-11-15T17:00:00Z"), ZoneId.of("America/Bogota")));
        return fixture;
    }

    static List<Appointee> appointees() {
        List<Appointee> appointees = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            appointees.add(appointee("Cargo " + i, switch (i) {
                case 5 -> List.of(MEMBER, LEADER, AUTHOR);
                case 8 -> List.of(MEMBER, CONTROL_INTERNO_RESPONSIBLE);
                case 11, 12 -> List.of(MEMBER, COMMUNITY_REPRESENTATIVE);
                default -> List.of(MEMBER);
            }));
        }
        appointees.add(appointee("Jefe oficina Jurídica", List.of(INVITEE)));
        return appointees;
    }

    static Appointee appointee(String position, List<CommitteeRole> roles) {
        return new Appointee(position, null, roles, null);
    }

    static ConstituteCommittee constitute(List<Appointee> appointees) {
        return new ConstituteCommittee(ID, CONSTITUTED, "Resolución 001143 de 2009", appointees);
    }

    static CommitteeConstituted constituted() {
        return Constitution.constitute(constitute(appointees()), TODAY);
    }

    static MemberId member(int number) {
        return MemberId.of("86001", number);
    }

    static List<MemberId> members(int... numbers) {
        return Arrays.stream(numbers).mapToObj(CommitteeFixtures::member).toList();
    }

    static MeetingId meeting(int number) {
        return MeetingId.of("86001", number);
    }

    static MeetingScheduled scheduled(int number, LocalDate on) {
        return new MeetingScheduled(ID, meeting(number), on, List.of("Llamado a lista", "Avances del plan"));
    }

    /** A meeting held on the constitution's membership, its quorum judged by the rule under test elsewhere. */
    static MeetingHeld held(int number, LocalDate on, int... present) {
        Roster roster = new Roster(constituted().members().stream().map(m -> new Tenure(m, CONSTITUTED, null)).toList());
        Quorum quorum = QuorumRule.judge(roster, on, members(present), null);
        return new MeetingHeld(ID, meeting(number), on, members(present), null, quorum,
                List.of("Llamado a lista"), "Acta " + number, null);
    }

    /** Seven of the twelve members, the leader among them: the smallest quorum. */
    static int[] quorumWithLeader() {
        return new int[]{1, 2, 3, 4, 5, 6, 7};
    }
}
