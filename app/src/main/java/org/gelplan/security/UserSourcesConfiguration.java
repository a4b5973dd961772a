package org.gelplan.security;

import org.gelplan.core.DemoProperties;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Where users come from: configured users first, then (in demo mode only) the demo users. A
 * MongoDB-backed store managed by ADMIN will be one more {@link GelUserSource} bean.
 */
@Configuration(proxyBeanMethods = false)
public class UserSourcesConfiguration {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(0)
    public GelUserSource configuredUserSource(GelSecurityProperties properties) {
        return new ConfiguredUserSource(properties);
    }

    @Bean
    @Order(100)
    public GelUserSource demoUserSource(DemoProperties demo, PasswordEncoder encoder) {
        return demo.active() ? new DemoUserSource(encoder) : username -> Optional.empty();
    }
}
