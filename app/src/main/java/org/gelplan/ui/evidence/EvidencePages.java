package org.gelplan.ui.evidence;

import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.reporting.api.EvidenceFiles;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.EvidenceProblem;
import org.gelplan.reporting.api.EvidenceSubjectKind;
import org.gelplan.reporting.api.FindEvidence;
import org.gelplan.ui.FormOutcome;
import org.gelplan.ui.PlanQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The evidence files of one subject (a fulfilment, a meeting's minutes, a measurement, a finding):
 * listed with their SHA-256, downloaded under the session through the API's own path (bytes re-checked),
 * and attached or superseded (never replaced) by the roles SPEC §1 lets attach to that kind.
 */
@Controller
@RequestMapping("/evidence/{entityCode}/{kind}/{subjectId}")
class EvidencePages {

    private final EvidenceFiles evidence;
    private final PlanQueries plans;
    private final FormOutcome outcome;

    EvidencePages(EvidenceFiles evidence, PlanQueries plans, FormOutcome outcome) {
        this.evidence = evidence;
        this.plans = plans;
        this.outcome = outcome;
    }

    @GetMapping
    String files(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind, @PathVariable String subjectId,
                 Model model) {
        return show(model, entityCode, kind, subjectId);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER','PLANNING','CONTROL_INTERNO')")
    String attach(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind, @PathVariable String subjectId,
                  @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String description,
                  @RequestParam(required = false) String supersedes, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes done) {
        known(kind, subjectId);
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("fileError", outcome.message("ui.evidence.no-file", locale));
            return show(model, entityCode, kind, subjectId);
        }
        AtomicReference<EvidenceFiles.Attached> attached = new AtomicReference<>();
        if (!outcome.recorded("evidence", () -> attached.set(evidence.attach(entityCode, kind, subjectId, file,
                blankIsNull(description), blankIsNull(supersedes))), model, locale)) {
            response.setStatus(422);
            return show(model, entityCode, kind, subjectId);
        }
        done.addFlashAttribute("done", outcome.message("ui.evidence.done", locale, file.getOriginalFilename(),
                attached.get().sha256()));
        return "redirect:/evidence/" + entityCode + "/" + kind + "/" + subjectId;
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String entityCode, @PathVariable EvidenceSubjectKind kind,
                                    @PathVariable String subjectId, @PathVariable String attachmentId) {
        return evidence.download(entityCode, kind, known(kind, subjectId), attachmentId);
    }

    private String show(Model model, String entityCode, EvidenceSubjectKind kind, String subjectId) {
        FindEvidence.Answer files = evidence.files(entityCode, kind, known(kind, subjectId));
        model.addAttribute("entityCode", entityCode);
        model.addAttribute("entityName", plans.entityName(entityCode));
        model.addAttribute("kind", kind);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("subjectLink", EvidenceSubjectLinks.of(entityCode, kind, subjectId));
        model.addAttribute("files", files.files());
        model.addAttribute("current", files.files().stream().filter(f -> f.supersededBy() == null).toList());
        model.addAttribute("mayAttach", evidence.mayAttach(kind));
        return "evidence";
    }

    private static String known(EvidenceSubjectKind kind, String subjectId) {
        if (!subjectId.matches(EvidenceFolderId.SUBJECT_REGEXP)) {
            throw new EvidenceProblem(Kind.NOT_FOUND, "evidence.subject-not-found", kind.name(), subjectId);
        }
        return subjectId;
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
