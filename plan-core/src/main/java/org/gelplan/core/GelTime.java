package org.gelplan.core;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates in GEL Plan are Colombian dates: "today", "as of" and "not in the future" are judged in
 * America/Bogota, whatever the server's time zone.
 */
@Configuration(proxyBeanMethods = false)
public class GelTime {

    public static final ZoneId ZONE = ZoneId.of("America/Bogota");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
