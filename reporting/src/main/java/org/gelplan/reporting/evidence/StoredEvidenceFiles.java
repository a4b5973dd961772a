package org.gelplan.reporting.evidence;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.AttachEvidenceFile;
import org.gelplan.reporting.api.EvidenceFile;
import org.gelplan.reporting.api.EvidenceFiles;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.EvidenceProblem;
import org.gelplan.reporting.api.EvidenceSubjectKind;
import org.gelplan.reporting.api.FindEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * {@link EvidenceFiles} on GridFS: the one path both the REST controller and the pages take to list,
 * attach (checked, stored, then recorded) and download (re-checked) evidence files.
 */
@Component
class StoredEvidenceFiles implements EvidenceFiles {

    private static final Logger log = LoggerFactory.getLogger(StoredEvidenceFiles.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvidenceStore store;
    private final EvidenceSubjects subjects;
    private final EvidenceProperties limits;

    StoredEvidenceFiles(CommandGateway commands, QueryGateway queries, EvidenceStore store, EvidenceSubjects subjects,
                        EvidenceProperties limits) {
        this.commands = commands;
        this.queries = queries;
        this.store = store;
        this.subjects = subjects;
        this.limits = limits;
    }

    @Override
    public boolean mayAttach(EvidenceSubjectKind kind) {
        return EvidenceRoles.mayAttach(kind);
    }

    @Override
    public FindEvidence.Answer files(String entityCode, EvidenceSubjectKind kind, String subjectId) {
        EvidenceFolderId folder = folder(entityCode, kind, subjectId);
        return QueryResults.await(queries.query(new FindEvidence(folder),
                        ResponseTypes.optionalInstanceOf(FindEvidence.Answer.class)))
                .orElseGet(() -> new FindEvidence.Answer(folder, kind, subjectId, List.of()));
    }

    @Override
    public Attached attach(String entityCode, EvidenceSubjectKind kind, String subjectId, MultipartFile file,
                           String description, String supersedes) {
        EvidenceFolderId folder = folder(entityCode, kind, subjectId);
        EvidenceRoles.requireMayAttach(kind);
        byte[] bytes = checked(file);
        String type = EvidenceContent.sniff(bytes).filter(sniffed -> EvidenceContent.agrees(file.getContentType(), sniffed))
                .orElseThrow(() -> new EvidenceProblem(Kind.UNPROCESSABLE, "evidence.unsupported-type",
                        String.valueOf(file.getContentType())));
        subjects.requireExists(entityCode, kind, subjectId);
        if (supersedes != null) {
            requireCurrent(files(entityCode, kind, subjectId), supersedes);
        }
        String attachmentId = "EV-" + UUID.randomUUID();
        String sha256 = EvidenceStore.sha256(bytes);
        String name = fileName(file.getOriginalFilename());
        store.store(attachmentId, name, type, bytes);
        commands.sendAndWait(new AttachEvidenceFile(folder, entityCode, kind, subjectId,
                new EvidenceFile(attachmentId, name, type, bytes.length, sha256, description, supersedes)));
        return new Attached(attachmentId, sha256, type, bytes.length);
    }

    @Override
    public ResponseEntity<byte[]> download(String entityCode, EvidenceSubjectKind kind, String subjectId,
                                           String attachmentId) {
        FindEvidence.Entry entry = files(entityCode, kind, subjectId).files().stream()
                .filter(e -> e.file().attachmentId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new EvidenceProblem(Kind.NOT_FOUND, "evidence.not-found", attachmentId));
        EvidenceFile recorded = entry.file();
        byte[] bytes = store.read(attachmentId).orElse(null);
        if (bytes == null || !EvidenceStore.sha256(bytes).equals(recorded.sha256())) {
            log.error("Evidence file {} of {} {} failed its integrity check: recorded SHA-256 {}, stored bytes {}",
                    attachmentId, kind, subjectId, recorded.sha256(), bytes == null ? "missing" : EvidenceStore.sha256(bytes));
            throw new EvidenceProblem(Kind.CONFLICT, "evidence.integrity-failed", attachmentId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(recorded.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(recorded.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(recorded.sha256())))
                .body(bytes);
    }

    /** Checked before the bytes are stored, so that a refused supersession leaves no file behind (the aggregate decides). */
    private static void requireCurrent(FindEvidence.Answer folder, String attachmentId) {
        FindEvidence.Entry entry = folder.files().stream().filter(e -> e.file().attachmentId().equals(attachmentId))
                .findFirst().orElseThrow(() -> new EvidenceProblem(Kind.NOT_FOUND, "evidence.not-found", attachmentId));
        if (entry.supersededBy() != null) {
            throw new EvidenceProblem(Kind.CONFLICT, "evidence.already-superseded", attachmentId, entry.supersededBy());
        }
    }

    private static EvidenceFolderId folder(String entityCode, EvidenceSubjectKind kind, String subjectId) {
        CurrentScope.require(entityCode);
        return EvidenceFolderId.of(entityCode, kind, subjectId);
    }

    private byte[] checked(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new EvidenceProblem(Kind.UNPROCESSABLE, "evidence.empty");
        }
        if (file.getSize() > limits.maxSize().toBytes()) {
            throw new EvidenceProblem(Kind.UNPROCESSABLE, "evidence.too-large", String.valueOf(limits.maxSize().toMegabytes()));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the last path segment, without control characters, at most 200 characters. */
    private static String fileName(String original) {
        String name = original == null ? "evidencia" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        name = name.isEmpty() ? "evidencia" : name;
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
