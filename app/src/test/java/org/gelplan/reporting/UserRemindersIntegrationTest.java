package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gelplan.reporting.reminders.ReportReminders;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.NodeHttp;
import org.gelplan.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders reach the managed users they concern, end to end: an ADMIN creates users with e-mail
 * addresses through the API; when the demo plan's (86001-2009) quarterly report is late, the reminder
 * arrives once at Mocoa's author and at Putumayo's planning office (department scope), and not at
 * Sibundoy's author (another entity) nor at a disabled author; no configured recipients at all. The
 * ReminderSent events are seen by Mocoa's control interno and not by Sibundoy's. Its own store, the
 * clock moved by hand; no plan is adopted.
 */
class UserRemindersIntegrationTest {

    private static final String PLAN = "86001-2009";
    private static final String LATE = "GEL Plan: informe 2028-Q1 del plan " + PLAN + " vencido";
    private static final String PASSWORD = "clave-de-prueba-2028";

    @Test
    void aLateReportIsRemindedOnceToTheUsersItConcernsInTheirEntitiesOnly(@TempDir Path dataDir) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        TestClock.INSTANCE.set("2028-05-01T08:00:00");
        try (GelPlanNode node = GelPlanNode.start(TestClock.Config.class, "gelplan.demo.enabled=true",
                "gelplan.embedded-mongo-port=0", "gelplan.data-dir=" + dataDir, "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp.getSmtp().getPort(), "gelplan.reminders.sweep-cron=-")) {
            node.awaitProjections();
            NodeHttp http = new NodeHttp(node);
            assertThat(mails(smtp)).as("no user has an address yet, none is configured").isEmpty();

            create(http, "autor.mocoa", "AUTHOR", "86001", "autor@mocoa-putumayo.gov.co");
            create(http, "planeacion.putumayo", "PLANNING", "86", "planeacion@putumayo.gov.co");
            create(http, "autor.sibundoy", "AUTHOR", "86749", "autor@sibundoy-putumayo.gov.co");
            create(http, "autor.retirado", "AUTHOR", "86001", "retirado@mocoa-putumayo.gov.co");
            create(http, "lider.mocoa", "COMMITTEE_LEADER", "86001", null);
            create(http, "control.sibundoy", "CONTROL_INTERNO", "86749", null);
            assertThat(http.post("admin", "/api/v1/users/autor.retirado/disablement", "").getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            node.awaitProjections();

            ReportReminders reports = node.bean(ReportReminders.class);
            reports.sweep();
            reports.sweep();

            assertThat(mails(smtp)).containsExactlyInAnyOrder(
                    "autor@mocoa-putumayo.gov.co | " + LATE,
                    "planeacion@putumayo.gov.co | " + LATE);

            node.awaitProjections();
            assertThat(reminderRecipients(http.as("control"))).as("Mocoa's control interno sees Mocoa's reminders")
                    .containsExactlyInAnyOrder("autor@mocoa-putumayo.gov.co", "planeacion@putumayo.gov.co");
            assertThat(reminderRecipients(http.anonymous().withBasicAuth("control.sibundoy", PASSWORD)))
                    .as("Sibundoy's control interno does not").isEmpty();
        } finally {
            smtp.stop();
        }
    }

    private static void create(NodeHttp http, String username, String role, String entity, String email) {
        String address = email == null ? "" : ", \"email\": \"" + email + "\"";
        ResponseEntity<JsonNode> created = http.post("admin", "/api/v1/users", "{\"username\": \"" + username
                + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"" + role + "\"], \"entities\": [\"" + entity + "\"]"
                + address + "}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("email").isNull()).isEqualTo(email == null);
    }

    /** The recipients of the ReminderSent events this user may see in the audit history. */
    private static List<String> reminderRecipients(org.springframework.boot.test.web.client.TestRestTemplate user) {
        ResponseEntity<JsonNode> page = user.getForEntity("/api/v1/audit/events?type=ReminderSent&size=1000", JsonNode.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> recipients = new ArrayList<>();
        page.getBody().get("items").forEach(item -> recipients.add(item.at("/payload/recipient").asText()));
        return recipients;
    }

    /** "recipient | subject" of every e-mail received. */
    private static List<String> mails(GreenMail smtp) throws MessagingException {
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            mails.add(message.getAllRecipients()[0] + " | " + message.getSubject());
        }
        return mails;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
