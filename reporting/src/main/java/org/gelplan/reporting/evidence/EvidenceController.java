package org.gelplan.reporting.evidence;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gelplan.reporting.api.EvidenceFiles;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.EvidenceSubjectKind;
import org.gelplan.reporting.api.FindEvidence;
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

import java.net.URI;
import java.util.Map;

/**
 * Evidence files of a fulfilment, a meeting's minutes, a measurement or a finding: uploaded as
 * multipart ({@code file}, optional {@code description} and {@code supersedes}), stored in GridFS,
 * their SHA-256 recorded in an event and re-checked on every download. Committee members attach to
 * fulfilments, minutes and measurements; planning and internal control to findings. The rules live in
 * {@link StoredEvidenceFiles}, which the web pages use too.
 */
@RestController
@Validated
@RequestMapping("/api/v1/evidence/{entityCode}/{kind}/{subjectId}")
class EvidenceController {

    private final EvidenceFiles evidence;

    EvidenceController(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    FindEvidence.Answer files(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind,
                              @PathVariable @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId) {
        return evidence.files(entityCode, kind, subjectId);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER','PLANNING','CONTROL_INTERNO')")
    ResponseEntity<Map<String, Object>> attach(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind,
                                               @PathVariable @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId,
                                               @RequestPart("file") MultipartFile file,
                                               @RequestParam(required = false) @Size(max = 2000) String description,
                                               @RequestParam(required = false) @Size(max = 100) String supersedes) {
        EvidenceFiles.Attached attached = evidence.attach(entityCode, kind, subjectId, file, description, supersedes);
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + entityCode + "/" + kind + "/" + subjectId + "/"
                + attached.attachmentId())).body(Map.of("attachmentId", attached.attachmentId(), "sha256",
                attached.sha256(), "contentType", attached.contentType(), "size", attached.size()));
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind,
                                    @PathVariable @Pattern(regexp = EvidenceFolderId.SUBJECT_REGEXP) String subjectId,
                                    @PathVariable String attachmentId) {
        return evidence.download(entityCode, kind, subjectId, attachmentId);
    }
}
