package org.gelplan.security;

import org.gelplan.core.DemoProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserSourcesTest {

    private static final PasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String HASH = BCRYPT.encode("secreto");

    @Test
    void configuredUsersAcceptBcryptHashesWithOrWithoutPrefix() {
        ConfiguredUserSource source = new ConfiguredUserSource(new GelSecurityProperties(List.of(
                user("jefe.planeacion", "{bcrypt}" + HASH, Set.of(Role.PLANNING), Set.of("86001")),
                user("dnp", HASH, Set.of(Role.CONTROL_INTERNO, Role.PLANNING), Set.of("*")))));

        GelUser planning = source.findByUsername("jefe.planeacion").orElseThrow();
        assertThat(BCRYPT.matches("secreto", planning.getPassword())).isTrue();
        assertThat(planning.scope()).isEqualTo(EntityScope.of("86001"));
        assertThat(planning.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PLANNING");
        assertThat(source.findByUsername("dnp").orElseThrow().scope().covers("05001")).isTrue();
        assertThat(source.findByUsername("nadie")).isEmpty();
    }

    @Test
    void refusesToStartWithAPasswordThatIsNotABcryptHash() {
        assertThatIllegalStateException().isThrownBy(() -> new ConfiguredUserSource(new GelSecurityProperties(
                        List.of(user("x", "{noop}secreto", Set.of(Role.ADMIN), Set.of("*"))))))
                .withMessageContaining("gelplan.security.users[0].password-hash");
    }

    @Test
    void refusesToStartWithAUserWithoutRolesOrWithABadEntityOrTwice() {
        assertThatIllegalStateException().isThrownBy(() -> new ConfiguredUserSource(new GelSecurityProperties(
                List.of(user("x", HASH, Set.of(), Set.of("*"))))));
        assertThatIllegalArgumentException().isThrownBy(() -> new ConfiguredUserSource(new GelSecurityProperties(
                List.of(user("x", HASH, Set.of(Role.ADMIN), Set.of("Mocoa"))))));
        assertThatIllegalStateException().isThrownBy(() -> new ConfiguredUserSource(new GelSecurityProperties(
                List.of(user("x", HASH, Set.of(Role.ADMIN), Set.of("*")), user("x", HASH, Set.of(Role.ADMIN), Set.of("*"))))));
    }

    @Test
    void demoUsersHoldTheRoleTheirNameSaysAndTheirNameAsPassword() {
        DemoUserSource demo = new DemoUserSource(BCRYPT);

        assertThat(demo.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(demo.findByUsername("admin").orElseThrow().scope().isNational()).isTrue();
        assertThat(demo.findByUsername("lider").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER);
        assertThat(demo.findByUsername("control").orElseThrow().roles()).containsExactly(Role.CONTROL_INTERNO);
        assertThat(demo.findByUsername("planeacion").orElseThrow().scope()).isEqualTo(EntityScope.of("86001"));
        for (String name : List.of("admin", "lider", "miembro", "autor", "editor", "planeacion", "control")) {
            assertThat(BCRYPT.matches(name, demo.findByUsername(name).orElseThrow().getPassword())).as(name).isTrue();
        }
    }

    @Test
    void erasingTheCredentialsOfOneSignInLeavesTheNextOneIntact() {
        DemoUserSource demo = new DemoUserSource(BCRYPT);

        demo.findByUsername("miembro").orElseThrow().eraseCredentials();

        assertThat(demo.findByUsername("miembro").orElseThrow().getPassword()).isNotNull();
    }

    @Test
    void theCompositeAsksEachSourceInOrderAndTheFirstThatKnowsTheNameWins() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        GelUser configured = new GelUser("admin", HASH, Set.of(Role.ADMIN), EntityScope.of("86"));
        beans.addBean("configured", (GelUserSource) name -> Optional.of(configured).filter(u -> u.getUsername().equals(name)));
        beans.addBean("demo", new DemoUserSource(BCRYPT));
        CompositeUserDetailsService users = new CompositeUserDetailsService(beans.getBeanProvider(GelUserSource.class));

        assertThat(users.loadUserByUsername("admin")).isSameAs(configured);
        assertThat(users.loadUserByUsername("miembro").getUsername()).isEqualTo("miembro");
        assertThatThrownBy(() -> users.loadUserByUsername("nadie")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void demoModeFollowsGelDemoOrElseTheAbsenceOfARealMongoDb() {
        assertThat(new DemoProperties(null, "").active()).isTrue();
        assertThat(new DemoProperties(null, null).active()).isTrue();
        assertThat(new DemoProperties(null, "mongodb://db:27017/gelplan").active()).isFalse();
        assertThat(new DemoProperties(true, "mongodb://db:27017/gelplan").active()).isTrue();
        assertThat(new DemoProperties(false, "").active()).isFalse();
    }

    private static GelSecurityProperties.ConfiguredUser user(String name, String hash, Set<Role> roles, Set<String> entities) {
        return new GelSecurityProperties.ConfiguredUser(name, hash, roles, entities);
    }
}
