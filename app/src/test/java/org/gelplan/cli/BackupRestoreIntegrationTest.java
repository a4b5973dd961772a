package org.gelplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.ImprovementPlanId;
import org.gelplan.reporting.api.RecordFinding;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.NodeHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * A backup taken from a running node (through its embedded port) restores into an empty data directory,
 * and a node started on it verifies its audit chain intact with the same head, signs in a managed user
 * created before the backup, serves an evidence file with the same SHA-256, and rebuilds every read model
 * to the same API answers. The backup names every collection of the store as copied or rebuilt.
 */
class BackupRestoreIntegrationTest {

    static final byte[] ACTA = ("%PDF-1.4\n% Acta del Comité GEL\n" + "x".repeat(400_000) + "\n%%EOF")
            .getBytes(StandardCharsets.UTF_8);
    static final String MANAGED = "mocoa.respaldo";
    static final String PASSWORD = "clave-de-respaldo-2024";

    @Test
    void aBackupRestoredIntoAnEmptyDirectoryVerifiesIntactAndAnswersTheSame(@TempDir Path original, @TempDir Path restored,
                                                                           @TempDir Path files) throws Exception {
        Path backup = files.resolve("gelplan-backup.jsonl.gz");
        Map<String, String> before;
        JsonNode verifiedBefore;
        String evidence;
        String sha256;
        try (GelPlanNode node = GelPlanNode.start("gelplan.demo.enabled=true", "gelplan.embedded-mongo-port=0",
                "gelplan.data-dir=" + original)) {
            node.awaitProjections();
            NodeHttp http = new NodeHttp(node);
            send(node, new ListInventoryItem(InventoryId.of("86001"), new InventoryItem("T-1", InventoryItemKind.TRAMITE,
                    "Licencia", null, LocalDate.of(2010, 1, 4), LocalDate.of(2010, 6, 1), null, null)));
            send(node, new RecordFinding(ImprovementPlanId.of("86001"), FindingKind.FINDING, FindingSubjectKind.PLAN,
                    "86001-2009", "Sin plan de mejoramiento", LocalDate.of(2011, 3, 1)));
            assertThat(http.post("admin", "/api/v1/users", "{\"username\":\"" + MANAGED + "\",\"password\":\"" + PASSWORD
                    + "\",\"roles\":[\"PLANNING\"],\"entities\":[\"86001\"]}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String meeting = http.post("lider", "/api/v1/committees/86001/meetings",
                    "{\"scheduledFor\":\"2011-03-10\",\"agenda\":[\"Respaldo\"]}").getBody().get("meetingId").asText();
            evidence = "/api/v1/evidence/86001/MINUTES/" + meeting;
            ResponseEntity<JsonNode> attached = upload(http, evidence);
            assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            evidence += "/" + attached.getBody().get("attachmentId").asText();
            sha256 = attached.getBody().get("sha256").asText();
            node.awaitProjections();
            before = answers(http, evidence.substring(0, evidence.lastIndexOf('/')));
            verifiedBefore = http.as("control").getForObject("/api/v1/audit/verify", JsonNode.class);
            assertThat(verifiedBefore.get("intact").asBoolean()).isTrue();

            int port = node.bean(EmbeddedMongoServer.class).address().getPort();
            BackupCommand.Summary summary = BackupCommand.backup("mongodb://127.0.0.1:" + port, backup.toString());
            List<String> existing = node.bean(MongoDatabaseFactory.class).getMongoDatabase().listCollectionNames()
                    .into(new ArrayList<>());
            assertThat(summary.unclassified()).as("every collection of the store is classified").isEmpty();
            assertThat(existing).allMatch(name -> summary.copied().containsKey(name) || summary.rebuilt().contains(name));
            assertThat(summary.copied()).containsEntry("user_credentials", 1L).containsEntry("evidence.files", 1L);
            assertThat(summary.copied().get("eventcommits")).isPositive();
            assertThat(summary.rebuilt()).contains("trackingtokens", "managed_users", "plan_summaries", "improvement_plans");
        }

        assertThat(BackupCommand.restore(backup.toString(), restored)).isPositive();
        assertThatThrownBy(() -> BackupCommand.restore(backup.toString(), restored))
                .isInstanceOf(IllegalArgumentException.class);

        try (GelPlanNode node = GelPlanNode.start("gelplan.demo.enabled=true", "gelplan.embedded-mongo-port=0",
                "gelplan.data-dir=" + restored)) {
            node.awaitProjections();
            NodeHttp http = new NodeHttp(node);
            JsonNode verified = http.as("control").getForObject("/api/v1/audit/verify", JsonNode.class);
            assertThat(verified.get("intact").asBoolean()).isTrue();
            assertThat(verified.get("head").asText()).isEqualTo(verifiedBefore.get("head").asText());
            assertThat(verified.get("length").asLong()).isEqualTo(verifiedBefore.get("length").asLong());

            assertThat(http.anonymous().withBasicAuth(MANAGED, PASSWORD).getForEntity("/api/v1/plans/86001-2009", String.class)
                    .getStatusCode()).as("a managed user created before the backup signs in").isEqualTo(HttpStatus.OK);
            ResponseEntity<byte[]> acta = http.as("control").getForEntity(evidence, byte[].class);
            assertThat(acta.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(acta.getBody()))).isEqualTo(sha256);

            assertThat(answers(http, evidence.substring(0, evidence.lastIndexOf('/')))).isEqualTo(before);
        }
        assertThat(Files.size(backup)).isPositive();
    }

    /** What several read models answer through the API (each read model rebuilt from the events after a restore). */
    private static Map<String, String> answers(NodeHttp http, String evidenceFolder) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/plans/86001-2009", "/api/v1/plans/86001-2009/compliance?asOf=2011-12-31",
                "/api/v1/plans/86001-2009/criteria", "/api/v1/plans/86001-2009/indicators",
                "/api/v1/inventories/86001?asOf=2011-12-31", "/api/v1/improvement-plans/86001?asOf=2011-12-31",
                "/api/v1/committees/86001", "/api/v1/committees/86001/meetings", evidenceFolder)) {
            ResponseEntity<String> answer = http.as("control").getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            answers.put(path, answer.getBody());
        }
        answers.put("/api/v1/users", http.as("admin").getForObject("/api/v1/users", String.class));
        answers.put("report 2011-Q1", http.as("control").getForObject("/api/v1/plans/86001-2009/reports/2011-Q1",
                JsonNode.class).get("body").toString());
        return answers;
    }

    private static ResponseEntity<JsonNode> upload(NodeHttp http, String folder) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_PDF);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(ACTA) {
            @Override
            public String getFilename() {
                return "acta.pdf";
            }
        }, part));
        body.add("description", "Acta firmada");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.as("miembro").postForEntity(folder, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void send(GelPlanNode node, Object command) {
        node.bean(CommandGateway.class).sendAndWait(asCommandMessage(command).andMetaData(AuditMetaData.of(Actor.system("test"))));
    }
}
