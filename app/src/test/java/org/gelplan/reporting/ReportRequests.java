package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small helpers the report tests share: posting JSON, cutting the body out of an envelope, hashing. */
final class ReportRequests {

    private ReportRequests() {
    }

    static ResponseEntity<JsonNode> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** The body exactly as the envelope carries it: everything after {@code "body":} but the closing brace. */
    static String body(String envelope) {
        int start = envelope.indexOf("\"body\":") + "\"body\":".length();
        return envelope.substring(start, envelope.lastIndexOf('}'));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
