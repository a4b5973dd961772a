package org.gelplan.reporting.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A report's body exactly as generated (canonical JSON, UTF-8) with its SHA-256 and the envelope
 * facts around it: when it was generated and where the audit chain stood then.
 *
 * @param sha256             lower-case hex SHA-256 of {@code body}'s UTF-8 bytes
 * @param anchor             the audit chain head when the content was generated
 * @param quarterEndAnchor   the audit chain head at the quarter's end
 */
public record FrozenContent(String body, String sha256, Instant generatedAt, AuditAnchor anchor,
                            AuditAnchor quarterEndAnchor) {

    public FrozenContent {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static String sha256Of(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the hash is the body's: a frozen content that fails this was altered. */
    public boolean intact() {
        return sha256.equals(sha256Of(body));
    }
}
