package org.gelplan.testsupport;

import org.gelplan.core.GelTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand; add {@link Config} to a node to make every "today" follow it. */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();

    private volatile Instant now = Instant.now();

    private TestClock() {
    }

    public void set(String bogotaDateTime) {
        now = java.time.LocalDateTime.parse(bogotaDateTime).atZone(GelTime.ZONE).toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return GelTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /**
     * Makes {@link TestClock#INSTANCE} the application's clock when given as a source to a node.
     * Deliberately not a {@code @Configuration}: component scanning must not put it in every test context.
     */
    public static class Config {

        @Bean
        @Primary
        Clock testClock() {
            return INSTANCE;
        }
    }
}
