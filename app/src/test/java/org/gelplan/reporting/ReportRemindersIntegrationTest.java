package org.gelplan.reporting;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.gelplan.reporting.reminders.ReportReminders;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.NodeHttp;
import org.gelplan.testsupport.TestClock;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarterly report reminders with the clock moved by hand, through an in-process SMTP server: REPORT_DUE
 * goes once to the author as the due date (30 days after the quarter) approaches, REPORT_LATE once to the
 * author and to planning when it passed with nothing submitted, and a report submitted in time is never
 * late. Each e-mail is a recorded ReminderSent event with the system actor. Plan 86001-2028, its own store.
 */
class ReportRemindersIntegrationTest {

    private static final String PLAN = "86001-2028";
    private static final String AUTHOR = "autor@mocoa-putumayo.gov.co";
    private static final String PLANNING = "planeacion@mocoa-putumayo.gov.co";

    @Test
    void aQuartersReportIsRemindedOnceWhenDueAndOnceWhenLateUnlessSubmitted(@TempDir Path dataDir) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        TestClock.INSTANCE.set("2028-02-15T09:00:00");
        try (GelPlanNode node = GelPlanNode.start(TestClock.Config.class, "gelplan.demo.enabled=true",
                "gelplan.embedded-mongo-port=0", "gelplan.data-dir=" + dataDir, "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp.getSmtp().getPort(), "gelplan.reminders.sweep-cron=-",
                "gelplan.reminders.recipients[0].entity=86001", "gelplan.reminders.recipients[0].email=" + AUTHOR,
                "gelplan.reminders.recipients[0].kinds=REPORT_DUE,REPORT_LATE",
                "gelplan.reminders.recipients[1].entity=86001", "gelplan.reminders.recipients[1].email=" + PLANNING,
                "gelplan.reminders.recipients[1].kinds=REPORT_LATE")) {
            node.awaitProjections();
            NodeHttp http = new NodeHttp(node);
            assertThat(http.post("admin", "/api/v1/plans", TestPlans.mocoaAdoptedOn("2028-02-01").toString())
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
            node.awaitProjections();
            ReportReminders reports = node.bean(ReportReminders.class);

            TestClock.INSTANCE.set("2028-04-24T08:00:00");
            reports.sweep();
            reports.sweep();
            assertThat(mails(smtp)).containsExactly(AUTHOR + " | GEL Plan: el informe 2028-Q1 del plan 86001-2028 vence el 2028-04-30");

            TestClock.INSTANCE.set("2028-05-01T08:00:00");
            reports.sweep();
            reports.sweep();
            assertThat(mails(smtp)).hasSize(3).contains(
                    AUTHOR + " | GEL Plan: informe 2028-Q1 del plan 86001-2028 vencido",
                    PLANNING + " | GEL Plan: informe 2028-Q1 del plan 86001-2028 vencido");

            TestClock.INSTANCE.set("2028-07-25T08:00:00");
            reports.sweep();
            assertThat(mails(smtp)).hasSize(4).contains(AUTHOR + " | GEL Plan: el informe 2028-Q2 del plan 86001-2028 vence el 2028-07-30");
            assertThat(http.post("autor", "/api/v1/plans/" + PLAN + "/reports/2028-Q2/submission", "").getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
            node.awaitProjections();

            TestClock.INSTANCE.set("2028-08-02T08:00:00");
            reports.sweep();
            assertThat(mails(smtp)).as("submitted in time: never late").hasSize(4);
            assertThat(reminderEvents(node)).as("one ReminderSent per e-mail, by the system").hasSize(4)
                    .allSatisfy(actor -> assertThat(actor).contains("system:reminders"));
        } finally {
            smtp.stop();
        }
    }

    /** "recipient | subject" of every e-mail about this test's plan (the demo plan gets its own). */
    private static List<String> mails(GreenMail smtp) throws MessagingException {
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(PLAN)) {
                mails.add(message.getAllRecipients()[0] + " | " + message.getSubject());
            }
        }
        return mails;
    }

    /** The metadata of every stored ReminderSent about this test's plan. */
    private static List<String> reminderEvents(GelPlanNode node) {
        List<String> events = new ArrayList<>();
        for (Document commit : node.bean(MongoTemplate.class).getCollection("eventcommits").find()) {
            commit.getList("events", Document.class).stream()
                    .filter(e -> e.getString("payloadType").endsWith(".ReminderSent") && e.getString("payload").contains(PLAN))
                    .forEach(e -> events.add(e.getString("metaData")));
        }
        return events;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
