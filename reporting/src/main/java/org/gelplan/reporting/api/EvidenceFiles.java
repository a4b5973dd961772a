package org.gelplan.reporting.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence files of a subject for callers that are not the REST controller (the web pages): the
 * same checks (entity scope, role per kind, size, content type, subject, supersession) and the same
 * download (bytes re-checked against their SHA-256, the API's headers) as {@code /api/v1/evidence/...}.
 */
public interface EvidenceFiles {

    /** What was stored: the new attachment, its SHA-256 and the type its bytes show. */
    record Attached(String attachmentId, String sha256, String contentType, long size) {
    }

    /** Whether the signed-in user's roles may attach files of this kind (SPEC §1), so a page offers the form only to them. */
    boolean mayAttach(EvidenceSubjectKind kind);

    /** The subject's files, oldest first; empty when nothing was attached. */
    FindEvidence.Answer files(String entityCode, EvidenceSubjectKind kind, String subjectId);

    /**
     * @param supersedes the current attachment the file supersedes, or {@code null}
     * @throws EvidenceProblem when a rule refuses the file (nothing is stored then)
     */
    Attached attach(String entityCode, EvidenceSubjectKind kind, String subjectId, MultipartFile file, String description,
                    String supersedes);

    /** The file as the API answers it, after its bytes were checked against the recorded SHA-256. */
    ResponseEntity<byte[]> download(String entityCode, EvidenceSubjectKind kind, String subjectId, String attachmentId);
}
