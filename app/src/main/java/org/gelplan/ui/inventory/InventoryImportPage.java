package org.gelplan.ui.inventory;

import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.plan.api.InventoryFiles;
import org.gelplan.plan.api.PlanFileRefused;
import org.gelplan.ui.FormOutcome;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A member loads the inventory from a CSV or XLSX file, all or nothing, as the API does: a bad file is
 * refused whole and every problem is listed with its place in the file, like the plan import page.
 */
@Controller
class InventoryImportPage {

    private final InventoryFiles files;
    private final InventoryPages pages;
    private final FormOutcome outcome;
    private final MessageSource messages;

    InventoryImportPage(InventoryFiles files, InventoryPages pages, FormOutcome outcome, MessageSource messages) {
        this.files = files;
        this.pages = pages;
        this.outcome = outcome;
        this.messages = messages;
    }

    @PostMapping("/inventories/{entityCode}/import")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    String upload(@PathVariable String entityCode, @RequestParam(required = false) MultipartFile file, Model model,
                  Locale locale, HttpServletResponse response, RedirectAttributes done) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("fileError", outcome.message("ui.inventory.no-file", locale));
            return pages.show(model, entityCode);
        }
        boolean workbook = file.getOriginalFilename() != null
                && file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        byte[] content = file.getBytes();
        AtomicReference<InventoryFiles.Imported> imported = new AtomicReference<>();
        try {
            if (!outcome.recorded("import", () -> imported.set(files.importFile(entityCode, content, workbook)), model, locale)) {
                response.setStatus(422);
                return pages.show(model, entityCode);
            }
        } catch (PlanFileRefused refused) {
            response.setStatus(422);
            model.addAttribute("problems", refused.problems().stream()
                    .map(p -> p.location() + ": " + messages.getMessage(p, locale)).toList());
            model.addAttribute("fileName", file.getOriginalFilename());
            return pages.show(model, entityCode);
        }
        done.addFlashAttribute("done", outcome.message("ui.inventory.done.imported", locale, file.getOriginalFilename(),
                imported.get().items(), imported.get().recorded()));
        return "redirect:/inventories/" + entityCode;
    }
}
