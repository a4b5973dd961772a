package org.gelplan.ui.planimport;

import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.plan.api.PlanFileRefused;
import org.gelplan.plan.api.PlanFiles;
import org.gelplan.ui.FormOutcome;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An operator loads a plan file (YAML or XLSX, as exported) with a file upload. A bad file is refused
 * whole and every problem is listed with its place in the file; nothing is recorded.
 */
@Controller
class ImportPage {

    private final PlanFiles files;
    private final FormOutcome outcome;
    private final MessageSource messages;

    ImportPage(PlanFiles files, FormOutcome outcome, MessageSource messages) {
        this.files = files;
        this.outcome = outcome;
        this.messages = messages;
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    String form() {
        return "import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes done) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("fileError", outcome.message("ui.import.no-file", locale));
            return "import";
        }
        boolean workbook = file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        byte[] content = file.getBytes();
        AtomicReference<PlanFiles.Imported> imported = new AtomicReference<>();
        try {
            if (!outcome.recorded("import", () -> imported.set(files.importFile(content, workbook)), model, locale)) {
                response.setStatus(422);
                return "import";
            }
        } catch (PlanFileRefused refused) {
            response.setStatus(422);
            List<String> problems = refused.problems().stream()
                    .map(p -> p.location() + ": " + messages.getMessage(p, locale)).toList();
            model.addAttribute("problems", problems);
            model.addAttribute("fileName", file.getOriginalFilename());
            return "import";
        }
        PlanFiles.Imported result = imported.get();
        done.addFlashAttribute("done", outcome.message("ui.import.done", locale, result.planId(), result.recorded(),
                result.alreadyThere()));
        return "redirect:/plans/" + result.planId();
    }
}
