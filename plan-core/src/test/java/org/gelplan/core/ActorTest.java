package org.gelplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aSystemActorIsNamedAfterItsComponentHoldsNoRoleAndActsEverywhere() {
        Actor demo = Actor.system("demo-data");

        assertThat(demo.userId()).isEqualTo("system:demo-data");
        assertThat(demo.isSystem()).isTrue();
        assertThat(demo.roles()).isEmpty();
        assertThat(demo.scope().covers("86001")).isTrue();
    }

    @Test
    void rejectsASystemComponentThatIsNotAPlainName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.system("Demo Data"));
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.system(""));
    }

    @Test
    void aUserIsNotTheSystem() {
        Actor leader = new Actor("lider", Set.of(Role.COMMITTEE_LEADER), EntityScope.of("86001"));

        assertThat(leader.isSystem()).isFalse();
        assertThat(leader.hasRole(Role.COMMITTEE_LEADER)).isTrue();
        assertThat(leader.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void rejectsABlankUserId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Actor(" ", Set.of(), EntityScope.none()));
    }

    @Test
    void rolesMapToSpringAuthoritiesAndBack() {
        assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
        assertThat(Role.fromAuthority("ROLE_CONTROL_INTERNO")).isEqualTo(Role.CONTROL_INTERNO);
        assertThat(Role.fromAuthority("ROLE_UNKNOWN")).isNull();
        assertThat(Role.fromAuthority("ADMIN")).isNull();
    }
}
