package org.gelplan.reporting.reminders;

import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.reporting.api.ReminderAddressee;
import org.gelplan.reporting.api.ReminderKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is reminded of what: the roles a kind concerns, the entity scope, configured recipients beside users. */
class ReminderAudienceTest {

    private static final ReminderAddressee MOCOA_LEADER = user("lider", "lider@mocoa.gov.co", Role.COMMITTEE_LEADER, "86001");
    private static final ReminderAddressee MOCOA_MEMBER = user("miembro", "miembro@mocoa.gov.co", Role.COMMITTEE_MEMBER, "86001");
    private static final ReminderAddressee MOCOA_AUTHOR = user("autor", "autor@mocoa.gov.co", Role.AUTHOR, "86001");
    private static final ReminderAddressee PUTUMAYO_PLANNING = user("planeacion", "planeacion@putumayo.gov.co", Role.PLANNING, "86");
    private static final ReminderAddressee SIBUNDOY_LEADER = user("lider.sib", "lider@sibundoy.gov.co", Role.COMMITTEE_LEADER, "86749");
    private static final ReminderAddressee MOCOA_CONTROL = user("control", "control@mocoa.gov.co", Role.CONTROL_INTERNO, "86001");
    private static final List<ReminderAddressee> USERS = List.of(MOCOA_LEADER, MOCOA_MEMBER, MOCOA_AUTHOR, PUTUMAYO_PLANNING,
            SIBUNDOY_LEADER, MOCOA_CONTROL);

    @Test
    void aDeadlineGoesToTheCommitteeOfThatEntityOnly() {
        // given the users of Mocoa, Putumayo and Sibundoy; when a Mocoa deadline approaches
        List<String> to = ReminderAudience.recipients(ReminderKind.DEADLINE_APPROACHING, "86001", USERS, List.of());
        // then Mocoa's leader and member, not its author, planning, control interno, nor Sibundoy's leader
        assertThat(to).containsExactly("lider@mocoa.gov.co", "miembro@mocoa.gov.co");
    }

    @Test
    void aMeetingGoesToTheCommitteeAndControlInternoAndADecisionToTheCommittee() {
        assertThat(ReminderAudience.recipients(ReminderKind.MEETING_SCHEDULED, "86749", USERS, List.of()))
                .containsExactly("lider@sibundoy.gov.co");
        assertThat(ReminderAudience.recipients(ReminderKind.MEETING_SCHEDULED, "86001", USERS, List.of()))
                .containsExactly("lider@mocoa.gov.co", "miembro@mocoa.gov.co", "control@mocoa.gov.co");
        assertThat(ReminderAudience.recipients(ReminderKind.DECISION_OVERDUE, "86001", USERS, List.of()))
                .containsExactly("lider@mocoa.gov.co", "miembro@mocoa.gov.co");
    }

    @Test
    void aReportDueGoesToTheAuthorAndALateOneAlsoToPlanningWhoseDepartmentScopeCoversTheMunicipality() {
        assertThat(ReminderAudience.recipients(ReminderKind.REPORT_DUE, "86001", USERS, List.of()))
                .containsExactly("autor@mocoa.gov.co");
        assertThat(ReminderAudience.recipients(ReminderKind.REPORT_LATE, "86001", USERS, List.of()))
                .containsExactly("autor@mocoa.gov.co", "planeacion@putumayo.gov.co");
        assertThat(ReminderAudience.recipients(ReminderKind.REPORT_LATE, "86749", USERS, List.of()))
                .containsExactly("planeacion@putumayo.gov.co");
    }

    @Test
    void configuredRecipientsAreAddedAndAnAddressIsRemindedOnceWhateverItsCase() {
        // given a configured mailbox for Mocoa's meetings, and a configured one that repeats the leader's address
        List<ReminderProperties.Recipient> configured = List.of(
                new ReminderProperties.Recipient("86001", "comite@mocoa.gov.co", Set.of(ReminderKind.MEETING_SCHEDULED)),
                new ReminderProperties.Recipient("86001", "LIDER@mocoa.gov.co", Set.of()),
                new ReminderProperties.Recipient("86749", "otro@sibundoy.gov.co", Set.of()));
        // when a Mocoa meeting is scheduled, then users first, the mailbox added, the leader once
        assertThat(ReminderAudience.recipients(ReminderKind.MEETING_SCHEDULED, "86001", USERS, configured))
                .containsExactly("lider@mocoa.gov.co", "miembro@mocoa.gov.co", "control@mocoa.gov.co", "comite@mocoa.gov.co");
        // and a configured recipient's kinds still limit what it gets
        assertThat(ReminderAudience.recipients(ReminderKind.REPORT_DUE, "86001", List.of(), configured))
                .containsExactly("LIDER@mocoa.gov.co");
    }

    @Test
    void rolesThatNothingWaitsOnAreNotReminded() {
        assertThat(ReminderAudience.remindable(Set.of(Role.EDITOR, Role.ADMIN))).isFalse();
        assertThat(ReminderAudience.remindable(Set.of(Role.ADMIN, Role.PLANNING))).isTrue();
        for (ReminderKind kind : ReminderKind.values()) {
            assertThat(ReminderAudience.rolesConcernedBy(kind)).as(kind.name()).isNotEmpty()
                    .doesNotContain(Role.EDITOR, Role.ADMIN);
        }
        assertThat(ReminderAudience.recipients(ReminderKind.DEADLINE_MISSED, "86001", List.of(MOCOA_CONTROL), List.of()))
                .as("control interno only hears of meetings").isEmpty();
    }

    private static ReminderAddressee user(String name, String email, Role role, String entity) {
        return new ReminderAddressee(name, email, Set.of(role), EntityScope.of(entity));
    }
}
