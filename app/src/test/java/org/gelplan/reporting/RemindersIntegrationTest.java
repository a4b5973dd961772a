package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.gelplan.core.GelTime;
import org.gelplan.reporting.api.ReminderKind;
import org.gelplan.reporting.reminders.Reminders;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail reminders through an in-process SMTP server (GreenMail): a scheduled meeting's reminder
 * arrives once at the configured recipient that wants it, and a second attempt sends nothing.
 * (This class has its own application context, since it configures an SMTP host.)
 */
class RemindersIntegrationTest extends GelPlanIntegrationTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @Autowired
    private Reminders reminders;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("gelplan.reminders.recipients[0].entity", () -> "86001");
        registry.add("gelplan.reminders.recipients[0].email", () -> "lider@mocoa-putumayo.gov.co");
        // Only meetings: the start-up sweep would otherwise also remind the demo plan's late quarterly report.
        registry.add("gelplan.reminders.recipients[0].kinds", () -> "MEETING_SCHEDULED");
        registry.add("gelplan.reminders.recipients[1].entity", () -> "86001");
        registry.add("gelplan.reminders.recipients[1].email", () -> "control@mocoa-putumayo.gov.co");
        registry.add("gelplan.reminders.recipients[1].kinds", () -> "DEADLINE_MISSED");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void aScheduledMeetingsReminderArrivesOnceAtTheRecipientsThatWantIt() throws Exception {
        LocalDate day = GelTime.today(Clock.systemUTC()).plusDays(20);
        ResponseEntity<JsonNode> scheduled = as("lider").postForEntity("/api/v1/committees/86001/meetings",
                Map.of("scheduledFor", day.toString(), "agenda", List.of("Seguimiento del plan")), JsonNode.class);
        assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String meetingId = scheduled.getBody().get("meetingId").asText();

        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("lider@mocoa-putumayo.gov.co");
        assertThat(received[0].getSubject()).contains(day.toString());

        assertThat(reminders.remind(ReminderKind.MEETING_SCHEDULED, "86001", meetingId + ":" + day, "otra vez", "otra vez"))
                .isZero();
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
