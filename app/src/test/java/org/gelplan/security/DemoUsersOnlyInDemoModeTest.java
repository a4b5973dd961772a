package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gelplan.core.DemoProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The well-known demo users exist in demo mode only: never with a real MongoDB or with GEL_DEMO=false. */
class DemoUsersOnlyInDemoModeTest {

    @EnableConfigurationProperties({GelSecurityProperties.class, DemoProperties.class})
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, UserSourcesConfiguration.class, CompositeUserDetailsService.class);

    @Test
    void aRealMongoDbMeansNoDemoUsers() {
        context.withPropertyValues("gelplan.demo.mongodb-uri=mongodb://db:27017/gelplan").run(app -> {
            UserDetailsService users = app.getBean(UserDetailsService.class);
            for (String demo : new String[] {"admin", "lider", "miembro", "autor", "editor", "planeacion", "control"}) {
                assertThatThrownBy(() -> users.loadUserByUsername(demo)).isInstanceOf(UsernameNotFoundException.class);
            }
        });
    }

    @Test
    void demoModeSwitchedOffMeansNoDemoUsersEvenOnTheEmbeddedStore() {
        context.withPropertyValues("gelplan.demo.enabled=false").run(app ->
                assertThatThrownBy(() -> app.getBean(UserDetailsService.class).loadUserByUsername("admin"))
                        .isInstanceOf(UsernameNotFoundException.class));
    }

    @Test
    void demoModeHasThem() {
        context.withPropertyValues("gelplan.demo.enabled=true").run(app ->
                assertThat(app.getBean(UserDetailsService.class).loadUserByUsername("admin").getUsername())
                        .isEqualTo("admin"));
    }
}
