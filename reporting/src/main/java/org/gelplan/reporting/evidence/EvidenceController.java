package org.gelplan.reporting.evidence;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.AttachEvidenceFile;
import org.gelplan.reporting.api.EvidenceFile;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence files of a fulfilment, a meeting's minutes, a measurement or a finding: uploaded as
 * multipart ({@code file}, optional {@code description} and {@code supersedes}), stored in GridFS,
 * their SHA-256 recorded in an event and re-checked on every download. Committee members attach to
 * fulfilments, minutes and measurements; planning and internal control to findings.
 */
@RestController
@Validated
@RequestMapping("/api/v1/evidence/{entityCode}/{kind}/{subjectId}")
class EvidenceController {

    private static final Logger log = LoggerFactory.getLogger(EvidenceController.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvidenceStore store;
    private final EvidenceSubjects subjects;
    private final EvidenceProperties limits;

    EvidenceController(CommandGateway commands, QueryGateway queries, EvidenceStore store, EvidenceSubjects subjects,
                       EvidenceProperties limits) {
        this.commands = commands;
        this.queries = queries;
        this.store = store;
        this.subjects = subjects;
        this.limits = limits;
    }

    @GetMapping
    FindEvidence.Answer files(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind,
                              @PathVariable @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId) {
        EvidenceFolderId folder = folder(entityCode, kind, subjectId);
        return QueryResults.await(queries.query(new FindEvidence(folder),
                        ResponseTypes.optionalInstanceOf(FindEvidence.Answer.class)))
                .orElseGet(() -> new FindEvidence.Answer(folder, kind, subjectId, List.of()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER','PLANNING','CONTROL_INTERNO')")
    ResponseEntity<Map<String, Object>> attach(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind,
                                               @PathVariable @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId,
                                               @RequestPart("file") MultipartFile file,
                                               @RequestParam(required = false) @Size(max = 2000) String description,
                                               @RequestParam(required = false) @Size(max = 100) String supersedes) {
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
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + entityCode + "/" + kind + "/" + subjectId + "/"
                + attachmentId)).body(Map.of("attachmentId", attachmentId, "sha256", sha256, "contentType", type,
                "size", bytes.length));
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind,
                                    @PathVariable @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId,
                                    @PathVariable String attachmentId) {
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
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(recorded.sha256())))
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
        if (file.isEmpty()) {
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
