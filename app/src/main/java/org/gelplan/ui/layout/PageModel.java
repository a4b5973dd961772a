package org.gelplan.ui.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.ListPlanSummaries;
import org.gelplan.plan.api.PlanSummary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** What the layout of every page needs: the signed-in user, their entities, the language and the last update. */
@ControllerAdvice(basePackages = "org.gelplan.ui")
class PageModel {

    private final LastUpdate lastUpdate;
    private final QueryGateway queries;

    PageModel(LastUpdate lastUpdate, QueryGateway queries) {
        this.lastUpdate = lastUpdate;
        this.queries = queries;
    }

    @ModelAttribute("me")
    SignedIn me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return SignedIn.of(authentication);
    }

    /** The names of the entities whose plans the user may read, e.g. "Mocoa (Putumayo)". */
    @ModelAttribute("entityNames")
    List<String> entityNames() {
        if (me() == null) {
            return List.of();
        }
        List<PlanSummary> plans = QueryResults.await(queries.query(new ListPlanSummaries(CurrentScope.get()),
                ResponseTypes.multipleInstancesOf(PlanSummary.class)));
        return plans.stream().map(p -> p.entity().name() + " (" + p.entity().department() + ")").distinct().toList();
    }

    @ModelAttribute("lastUpdate")
    LocalDateTime lastUpdate() {
        return lastUpdate.latest().orElse(null);
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage().equals("en") ? "en" : "es";
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
