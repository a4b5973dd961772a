package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files end to end on the embedded store (GridFS included): an acta attached to a meeting
 * downloads intact, a tampered chunk is detected, content is judged by its bytes, scope and roles hold.
 */
class EvidenceIntegrationTest extends GelPlanIntegrationTest {

    static final byte[] ACTA = ("%PDF-1.4\n% Acta de la reunión del Comité GEL\n" + "x".repeat(300_000) + "\n%%EOF")
            .getBytes(StandardCharsets.UTF_8);

    private String meeting;
    private String folder;

    @BeforeEach
    void meeting() {
        ResponseEntity<JsonNode> scheduled = as("lider").postForEntity("/api/v1/committees/86001/meetings",
                Map.of("scheduledFor", "2015-03-10", "agenda", List.of("Evidencias del plan")), JsonNode.class);
        assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        meeting = scheduled.getBody().get("meetingId").asText();
        folder = "/api/v1/evidence/86001/MINUTES/" + meeting;
    }

    @Test
    void anActaAttachedToAMeetingDownloadsIntactAndATamperedChunkIsRefused() {
        ResponseEntity<JsonNode> attached = upload("miembro", folder, ACTA, "acta-reunion.pdf", "application/pdf", null);
        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = attached.getBody().get("attachmentId").asText();
        assertThat(attached.getBody().get("sha256").asText()).hasSize(64);

        ResponseEntity<byte[]> download = as("control").getForEntity(folder + "/" + id, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(ACTA);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        JsonNode listed = as("control").getForObject(folder, JsonNode.class);
        assertThat(listed.at("/files/0/file/sha256").asText()).isEqualTo(attached.getBody().get("sha256").asText());
        assertThat(listed.at("/files/0/attachedBy").asText()).isEqualTo("miembro");

        Document chunk = mongo.getCollection("evidence.chunks").find(Filters.and(Filters.eq("files_id", new BsonString(id)),
                Filters.eq("n", 1))).first();
        byte[] data = chunk.get("data", Binary.class).getData();
        byte[] tampered = Arrays.copyOf(data, data.length);
        tampered[10] ^= 1;
        mongo.getCollection("evidence.chunks").updateOne(Filters.eq("_id", chunk.get("_id")),
                Updates.set("data", new Binary(tampered)));

        ResponseEntity<JsonNode> refused = as("control").getForEntity(folder + "/" + id, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("type").asText()).endsWith("evidence.integrity-failed");
    }

    @Test
    void aFileIsSupersededByANewOneAndBothStay() {
        String first = upload("miembro", folder, ACTA, "acta.pdf", "application/pdf", null).getBody().get("attachmentId").asText();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        ResponseEntity<JsonNode> second = upload("lider", folder, png, "acta-foto.png", "image/png", first);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("contentType").asText()).isEqualTo("image/png");

        JsonNode listed = as("miembro").getForObject(folder, JsonNode.class);
        assertThat(listed.get("files")).hasSize(2);
        assertThat(listed.at("/files/0/supersededBy").asText()).isEqualTo(second.getBody().get("attachmentId").asText());
        assertThat(as("miembro").getForEntity(folder + "/" + first, byte[].class).getBody()).isEqualTo(ACTA);
        assertThat(upload("miembro", folder, ACTA, "acta.pdf", "application/pdf", first).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void judgesTheContentByItsBytesNotByItsName() {
        byte[] executable = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(upload("miembro", folder, executable, "acta.pdf", "application/pdf", null).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(upload("miembro", folder, ACTA, "acta.png", "image/png", null).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(upload("miembro", folder, new byte[0], "acta.pdf", "application/pdf", null).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(as("miembro").getForObject(folder, JsonNode.class).get("files")).isEmpty();
    }

    @Test
    void enforcesScopeRolesAndSubjects() {
        assertThat(upload("planeacion", folder, ACTA, "acta.pdf", "application/pdf", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("autor", folder, ACTA, "acta.pdf", "application/pdf", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("lider", "/api/v1/evidence/86320/MINUTES/86320-R001", ACTA, "acta.pdf", "application/pdf", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("lider", "/api/v1/evidence/86001/MINUTES/86001-R999", ACTA, "acta.pdf", "application/pdf", null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("lider", "/api/v1/evidence/86001/MEASUREMENT/86001-2009:T7-A2-I2:1999-01", ACTA, "a.pdf",
                "application/pdf", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(folder, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("lider").getForEntity("/api/v1/evidence/86320/MINUTES/86320-R001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    ResponseEntity<JsonNode> upload(String user, String path, byte[] bytes, String name, String type, String supersedes) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.parseMediaType(type));
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part));
        body.add("description", "Acta firmada");
        if (supersedes != null) {
            body.add("supersedes", supersedes);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
