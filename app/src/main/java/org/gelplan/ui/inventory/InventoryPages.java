package org.gelplan.ui.inventory;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryItemNotFound;
import org.gelplan.plan.api.InventoryView;
import org.gelplan.ui.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * An entity's trámites and servicios (Tabla 7): the shares published, automated and on line today, each
 * item with its flags and dates; and one item with its history and, for members, its change and
 * withdrawal forms.
 */
@Controller
class InventoryPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final QueryGateway queries;
    private final PlanQueries plans;
    private final Clock clock;

    InventoryPages(QueryGateway queries, PlanQueries plans, Clock clock) {
        this.queries = queries;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/inventories/{entityCode}")
    String inventory(@PathVariable String entityCode, Model model) {
        return show(model, entityCode);
    }

    @GetMapping("/inventories/{entityCode}/items/{code}")
    String item(@PathVariable String entityCode, @PathVariable String code, Model model) {
        return showItem(model, entityCode, code);
    }

    String show(Model model, String entityCode) {
        model.addAttribute("inventory", view(model, entityCode));
        model.addAttribute("itemKinds", InventoryItemKind.values());
        return "inventory";
    }

    String showItem(Model model, String entityCode, String code) {
        InventoryView.Entry entry = view(model, entityCode).items().stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new InventoryItemNotFound(entityCode, code));
        model.addAttribute("entry", entry);
        model.addAttribute("itemKinds", InventoryItemKind.values());
        if (entry.current() != null) {
            model.addAttribute("prefill", prefill(entry.current()));
        }
        return "inventory-item";
    }

    private InventoryView view(Model model, String entityCode) {
        CurrentScope.require(entityCode);
        LocalDate today = GelTime.today(clock);
        model.addAttribute("entityCode", entityCode);
        model.addAttribute("entityName", plans.entityName(entityCode));
        return QueryResults.await(queries.query(new FindInventory(entityCode, today), ResponseTypes.instanceOf(InventoryView.class)));
    }

    /** The change form starts from the item as it stands, in the form's own field names and date format. */
    private static Map<String, String[]> prefill(InventoryItem item) {
        Map<String, String[]> values = new HashMap<>();
        values.put("itemName", new String[]{item.name()});
        values.put("office", new String[]{item.office() == null ? "" : item.office()});
        values.put("listedOn", day(item.listedOn()));
        values.put("publishedOn", day(item.publishedOn()));
        values.put("automatedOn", day(item.automatedOn()));
        values.put("onlineOn", day(item.onlineOn()));
        return values;
    }

    private static String[] day(LocalDate date) {
        return new String[]{date == null ? "" : DAY.format(date)};
    }
}
