package org.gelplan.security;

import org.gelplan.core.DemoProperties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gelplan.core.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** Binds {@code application.yml} as shipped, plus environment variables, as the running application does. */
class SecurityPropertiesBindingIntegrationTest {

    @EnableConfigurationProperties({GelSecurityProperties.class, DemoProperties.class})
    static class Properties {
    }

    @Test
    void withNothingSetDemoModeIsOnAndNoUserIsConfigured() {
        run(Map.of()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DemoProperties.class).active()).isTrue();
            assertThat(context.getBean(GelSecurityProperties.class).users()).isEmpty();
        });
    }

    @Test
    void aRealMongoDbTurnsDemoModeOffUnlessGelDemoSaysOtherwise() {
        run(Map.of("MONGODB_URI", "mongodb://db:27017/gelplan")).run(context ->
                assertThat(context.getBean(DemoProperties.class).active()).isFalse());
        run(Map.of("MONGODB_URI", "mongodb://db:27017/gelplan", "GEL_DEMO", "true")).run(context ->
                assertThat(context.getBean(DemoProperties.class).active()).isTrue());
        run(Map.of("GEL_DEMO", "false")).run(context ->
                assertThat(context.getBean(DemoProperties.class).active()).isFalse());
    }

    @Test
    void usersComeFromTheEnvironment() {
        run(Map.of("GELPLAN_SECURITY_USERS_0_USERNAME", "jefe.planeacion",
                "GELPLAN_SECURITY_USERS_0_PASSWORD_HASH", "{bcrypt}$2a$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01",
                "GELPLAN_SECURITY_USERS_0_ROLES", "PLANNING,AUTHOR",
                "GELPLAN_SECURITY_USERS_0_ENTITIES", "86001,86")).run(context -> {
            GelSecurityProperties.ConfiguredUser user = context.getBean(GelSecurityProperties.class).users().get(0);
            assertThat(user.username()).isEqualTo("jefe.planeacion");
            assertThat(user.roles()).containsExactlyInAnyOrder(Role.PLANNING, Role.AUTHOR);
            assertThat(user.entities()).containsExactlyInAnyOrder("86001", "86");
            assertThat(user.passwordHash()).startsWith("{bcrypt}$2a$10$");
        });
    }

    private static ApplicationContextRunner run(Map<String, Object> environment) {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    context.getEnvironment().getPropertySources().addFirst(
                            new SystemEnvironmentPropertySource("test-systemEnvironment", environment));
                    context.getEnvironment().getPropertySources().addLast(applicationYml());
                })
                .withUserConfiguration(Properties.class);
    }

    private static PropertySource<?> applicationYml() {
        try {
            return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml")).get(0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
