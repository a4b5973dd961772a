package org.gelplan.ui.audit;

import org.gelplan.core.GelTime;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AuditChainCheck;
import org.gelplan.reporting.api.AuditHistoryReads;
import org.gelplan.reporting.api.PlanReplay;
import org.gelplan.ui.PlanQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Control interno's area (SPEC §5): the history with filters and cursor paging, the timeline of one item,
 * a plan as recorded at a date beside now, and the verification of the audit chain. Same readers, roles
 * and entity scope as {@code /api/v1/audit/...}, through the reporting module's api.
 */
@Controller
@PreAuthorize("hasRole('CONTROL_INTERNO')")
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditHistoryReads history;
    private final AuditChainCheck chain;
    private final PlanReplay replays;
    private final PlanQueries plans;
    private final Clock clock;

    AuditPages(AuditHistoryReads history, AuditChainCheck chain, PlanReplay replays, PlanQueries plans, Clock clock) {
        this.history = history;
        this.chain = chain;
        this.replays = replays;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String history(@RequestParam(required = false) String planId, @RequestParam(required = false) String type,
                   @RequestParam(required = false) String actor,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
                   @RequestParam(defaultValue = "0") long cursor, Model model) {
        String plan = blankToNull(planId);
        if (plan != null) {
            PlanId.inCallersScope(plan);
        }
        var filter = new AuditHistoryReads.Filter(plan, blankToNull(type), blankToNull(actor), null,
                from == null ? null : startOf(from), to == null ? null : startOf(to.plusDays(1)));
        model.addAttribute("page", history.history(filter, Math.max(0, cursor), PAGE_SIZE));
        model.addAttribute("plans", plans.plans());
        model.addAttribute("section", "history");
        return "audit";
    }

    @GetMapping("/audit/timeline")
    String timeline(@RequestParam(required = false) String planId, @RequestParam(required = false) String item,
                    @RequestParam(defaultValue = "0") long cursor, Model model) {
        if (!StringUtils.hasText(planId) || !StringUtils.hasText(item)) {
            return "redirect:/audit";
        }
        model.addAttribute("plan", plans.summary(planId));
        model.addAttribute("item", item.strip());
        model.addAttribute("page", history.timeline(planId, item.strip(), Math.max(0, cursor)));
        return "audit-timeline";
    }

    @GetMapping("/audit/verification")
    String verify(Model model) {
        model.addAttribute("verification", chain.verify());
        model.addAttribute("plans", plans.plans());
        model.addAttribute("section", "verification");
        return "audit";
    }

    @GetMapping("/audit/replay")
    String replay(@RequestParam(required = false) String planId,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate at, Model model) {
        if (!StringUtils.hasText(planId)) {
            return "redirect:/audit";
        }
        PlanId id = PlanId.inCallersScope(planId);
        LocalDate today = GelTime.today(clock);
        LocalDate then = at == null || at.isAfter(today) ? today : at;
        model.addAttribute("plan", plans.summary(planId));
        model.addAttribute("replay", replays.replay(id, startOf(then.plusDays(1)).minusMillis(1)));
        return "audit-replay";
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(GelTime.ZONE).toInstant();
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
