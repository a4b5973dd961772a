package org.gelplan.reporting.api;

/**
 * A stored evidence file as its event records it.
 *
 * @param attachmentId the file's id in the store (GridFS bucket {@code evidence}); never reused
 * @param contentType  the type its first bytes show (PDF, PNG, JPEG, office document), not the one the client claimed
 * @param sha256       lower-case hex SHA-256 of the bytes, re-checked on every download
 * @param supersedes   the attachment this one supersedes (a file is never replaced), or {@code null}
 */
public record EvidenceFile(String attachmentId, String fileName, String contentType, long size, String sha256,
                           String description, String supersedes) {
}
