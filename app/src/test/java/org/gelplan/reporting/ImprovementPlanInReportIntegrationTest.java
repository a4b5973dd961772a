package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.axonframework.eventhandling.GenericEventMessage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.NodeHttp;
import org.gelplan.testsupport.TestClock;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan de mejoramiento in the quarterly report, with the clock moved by hand (plan 86001-2029, its
 * own store): an action due inside the quarter and still open at its end is overdue in that quarter's
 * JSON, PDF and CSV; a finding recorded after the quarter's end, and a closure recorded after it though
 * dated inside it, do not change that quarter's report but appear in the next one. The overdue action is
 * among the quarter's risks; the transition report (empalme) shows the plan de mejoramiento as of its day.
 */
class ImprovementPlanInReportIntegrationTest {

    private static final String PLAN = "/api/v1/improvement-plans/86001";
    private static final String REPORTS = "/api/v1/plans/86001-2029/reports/";
    private static final String TRANSITION = "/api/v1/plans/86001-2029/transition-report?asOf=";

    @Test
    void anActionStillOpenAfterItsDueDateIsOverdueInTheQuartersReportAndLaterFactsStayOut(@TempDir Path dataDir)
            throws IOException {
        TestClock.INSTANCE.set("2029-02-10T09:00:00");
        // Events are stamped by Axon's own clock: it follows the test clock here, so "stored after the quarter" holds.
        GenericEventMessage.clock = TestClock.INSTANCE;
        try (GelPlanNode node = GelPlanNode.start(TestClock.Config.class, "gelplan.demo.enabled=true",
                "gelplan.embedded-mongo-port=0", "gelplan.data-dir=" + dataDir)) {
            node.awaitProjections();
            NodeHttp http = new NodeHttp(node);
            assertThat(http.post("admin", "/api/v1/plans", TestPlans.mocoaAdoptedOn("2029-01-15").toString())
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String overdue = finding(http, "Los trámites no están publicados", "2029-02-10");
            String overdueAction = action(http, overdue, "Publicar los trámites", "Secretaría General", "2029-03-15");
            String done = finding(http, "No hay actas del comité", "2029-02-10");
            String doneAction = action(http, done, "Publicar las actas", "Secretaría de Educación", "2029-03-31");
            TestClock.INSTANCE.set("2029-03-20T09:00:00");
            close(http, doneAction, "2029-03-20", "Actas publicadas en el sitio web");

            TestClock.INSTANCE.set("2029-04-05T09:00:00");
            String later = finding(http, "El inventario de trámites está incompleto", "2029-04-05");
            close(http, overdueAction, "2029-03-30", "Publicados (registrado tarde)");
            node.awaitProjections();

            JsonNode q1 = http.as("planeacion").getForObject(REPORTS + "2029-Q1", JsonNode.class).get("body").get("improvementPlan");
            assertThat(ids(q1.get("findings"), "id")).containsExactly(overdue, done);
            JsonNode late = q1.get("findings").get(0).get("actions").get(0);
            assertThat(late.get("id").asText()).isEqualTo(overdueAction);
            assertThat(late.get("status").asText()).isEqualTo("OPEN");
            assertThat(late.get("overdue").asBoolean()).isTrue();
            assertThat(late.get("responsible").asText()).isEqualTo("Secretaría General");
            assertThat(late.get("dueDate").asText()).isEqualTo("2029-03-15");
            JsonNode closed = q1.get("findings").get(1).get("actions").get(0);
            assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
            assertThat(closed.get("closedOn").asText()).isEqualTo("2029-03-20");
            assertThat(closed.get("closureEvidence").asText()).isEqualTo("Actas publicadas en el sitio web");
            assertThat(closed.get("closureFileId").asText()).isEqualTo("EV-ACTA-1");
            assertThat(q1.get("overdueActions").asInt()).isEqualTo(1);
            assertThat(q1.get("closedActions").asInt()).isEqualTo(1);

            String pdf = pdfText(http.as("planeacion").getForObject(REPORTS + "2029-Q1?format=pdf", byte[].class));
            assertThat(pdf).contains("Plan de mejoramiento", overdueAction, "Secretaría General", "VENCIDA", "EV-ACTA-1")
                    .doesNotContain("El inventario de trámites está incompleto");
            String csv = zipEntry(http.as("planeacion").getForObject(REPORTS + "2029-Q1?format=csv", byte[].class),
                    "plan_mejoramiento.csv");
            assertThat(csv).contains(overdueAction + ",Publicar los trámites,Secretaría General,2029-02-10,2029-03-15,OPEN,true")
                    .doesNotContain(later);

            JsonNode risks = http.as("planeacion").getForObject(REPORTS + "2029-Q1", JsonNode.class).get("body")
                    .get("atRisk");
            assertThat(risks.findValues("kind").stream().map(JsonNode::asText).filter("IMPROVEMENT_ACTION"::equals))
                    .as("the overdue action is at risk; the closed one is not").hasSize(1);
            JsonNode atRisk = risks.get(risks.findValues("kind").stream().map(JsonNode::asText).toList()
                    .indexOf("IMPROVEMENT_ACTION"));
            assertThat(atRisk.get("ref").asText()).isEqualTo(overdueAction);
            assertThat(atRisk.get("detail").asText()).isEqualTo("OVERDUE");
            assertThat(atRisk.get("dueDate").asText()).isEqualTo("2029-03-15");

            JsonNode transition = http.as("planeacion").getForObject(TRANSITION + "2029-03-25", JsonNode.class).get("body")
                    .get("improvementPlan");
            assertThat(ids(transition.get("findings"), "id")).as("as of its day, from everything recorded so far")
                    .containsExactly(overdue, done);
            assertThat(transition.get("overdueActions").asInt()).isEqualTo(1);
            assertThat(transition.get("closedActions").asInt()).isEqualTo(1);
            assertThat(zipEntry(http.as("planeacion").getForObject(TRANSITION + "2029-04-05&format=csv",
                    byte[].class), "plan_mejoramiento.csv")).contains(later)
                    .contains(overdueAction + ",Publicar los trámites,Secretaría General,2029-02-10,2029-03-15,CLOSED,false");
            assertThat(pdfText(http.as("planeacion").getForObject(TRANSITION + "2029-03-25&format=pdf",
                    byte[].class))).contains("Plan de mejoramiento", overdueAction, "VENCIDA");

            JsonNode q2 = http.as("planeacion").getForObject(REPORTS + "2029-Q2", JsonNode.class).get("body").get("improvementPlan");
            assertThat(ids(q2.get("findings"), "id")).containsExactly(overdue, done, later);
            assertThat(q2.get("findings").get(0).get("actions").get(0).get("status").asText()).isEqualTo("CLOSED");
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
    }

    private static String finding(NodeHttp http, String text, String on) {
        var recorded = http.post("control", PLAN + "/findings", "{\"kind\":\"FINDING\",\"subjectKind\":\"PLAN\","
                + "\"subjectId\":\"86001-2029\",\"text\":\"" + text + "\",\"recordedOn\":\"" + on + "\"}");
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return recorded.getBody().get("findingId").asText();
    }

    private static String action(NodeHttp http, String findingId, String description, String responsible, String due) {
        var opened = http.post("planeacion", PLAN + "/findings/" + findingId + "/actions", "{\"description\":\""
                + description + "\",\"responsible\":\"" + responsible + "\",\"dueDate\":\"" + due + "\"}");
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return opened.getBody().get("actionId").asText();
    }

    private static void close(NodeHttp http, String actionId, String on, String evidence) {
        assertThat(http.post("miembro", PLAN + "/actions/" + actionId + "/closure", "{\"closedOn\":\"" + on
                + "\",\"evidence\":{\"description\":\"" + evidence + "\",\"attachmentId\":\"EV-ACTA-1\"}}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get(field).asText()));
        return ids;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap ids at hyphens and names at spaces: join them back before searching.
            return new PDFTextStripper().getText(document).replaceAll("-\\s*\\R", "-").replaceAll("\\s+", " ");
        }
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the zip");
    }
}
