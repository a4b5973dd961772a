package org.gelplan.testsupport;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A second shared context: the demo with its synthetic history ({@code GEL_DEMO_HISTORY=true}), and
 * two users scoped to departments besides the demo ones: {@code planeacion-05} (PLANNING for Antioquia)
 * and {@code control-86} (CONTROL_INTERNO for Putumayo), each with the user name as password.
 */
public abstract class DemoHistoryIntegrationTest extends GelPlanIntegrationTest {

    @DynamicPropertySource
    static void historyAndDepartmentUsers(DynamicPropertyRegistry registry) {
        registry.add("gelplan.demo.history", () -> "true");
        user(registry, 0, "planeacion-05", "PLANNING", "05");
        user(registry, 1, "control-86", "CONTROL_INTERNO", "86");
    }

    private static void user(DynamicPropertyRegistry registry, int index, String name, String role, String entities) {
        String prefix = "gelplan.security.users[" + index + "].";
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(name);
        registry.add(prefix + "username", () -> name);
        registry.add(prefix + "password-hash", () -> hash);
        registry.add(prefix + "roles", () -> role);
        registry.add(prefix + "entities", () -> entities);
    }
}
