package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.junit.jupiter.api.Test;

class GelUserTest {

    @Test
    void theLeaderDoesEverythingAMemberDoes() {
        GelUser leader = new GelUser("lider", "hash", Set.of(Role.COMMITTEE_LEADER), EntityScope.of("86001"));

        assertThat(leader.roles()).containsExactlyInAnyOrder(Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER);
        assertThat(leader.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_COMMITTEE_LEADER", "ROLE_COMMITTEE_MEMBER");
    }

    @Test
    void noOtherRoleImpliesAnother() {
        GelUser control = new GelUser("control", "hash", Set.of(Role.CONTROL_INTERNO), EntityScope.of("86001"));

        assertThat(control.roles()).containsExactly(Role.CONTROL_INTERNO);
    }
}
