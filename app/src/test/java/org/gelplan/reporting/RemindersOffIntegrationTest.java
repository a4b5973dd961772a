package org.gelplan.reporting;

import org.gelplan.reporting.reminders.Reminders;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code spring.mail.host} nothing about reminders runs. */
class RemindersOffIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void remindersAreOffWithoutAnSmtpHost() {
        assertThat(context.getBeanProvider(Reminders.class).getIfAvailable()).isNull();
    }
}
