package org.gelplan.ui.audit;

import org.gelplan.core.CurrentScope;
import org.gelplan.shadow.ShadowReplays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Control interno's projections page: every read model with its live position, a "re-run and compare"
 * button per projection, and the comparison of the last one re-run (carried across the redirect).
 */
@Controller
@PreAuthorize("hasRole('CONTROL_INTERNO')")
class ProjectionPages {

    private final ShadowReplays replays;

    ProjectionPages(ShadowReplays replays) {
        this.replays = replays;
    }

    @GetMapping("/audit/projections")
    String projections(Model model) {
        model.addAttribute("projections", replays.projections());
        return "audit-projections";
    }

    @PostMapping("/audit/projections/{name}/shadow-replays")
    String shadowReplay(@PathVariable String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("comparison", replays.compare(name, CurrentScope.get()));
        return "redirect:/audit/projections";
    }
}
