package org.gelplan.ui.inventory;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.plan.api.ChangeInventoryItem;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryItemNotFound;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.plan.api.WithdrawInventoryItem;
import org.gelplan.ui.BlankFieldsAreNull;
import org.gelplan.ui.FormOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Locale;

/**
 * List, change and withdraw an inventory item: the same commands, roles and field rules as
 * {@code /api/v1/inventories/{entityCode}/items...}.
 */
@BlankFieldsAreNull
@Controller
@RequestMapping("/inventories/{entityCode}/items")
class InventoryForms {

    private static final String DAY = "dd/MM/yyyy";

    record ItemForm(@Pattern(regexp = InventoryItem.CODE_REGEXP) String itemCode, @NotNull InventoryItemKind kind,
                    @NotBlank @Size(max = 500) String itemName, @Size(max = 500) String office,
                    @NotNull @DateTimeFormat(pattern = DAY) LocalDate listedOn,
                    @DateTimeFormat(pattern = DAY) LocalDate publishedOn, @DateTimeFormat(pattern = DAY) LocalDate automatedOn,
                    @DateTimeFormat(pattern = DAY) LocalDate onlineOn,
                    @DateTimeFormat(pattern = DAY) LocalDate effectiveOn, @Size(max = 2000) String reason) {

        InventoryItem toItem(String code) {
            return new InventoryItem(code, kind, itemName, office, listedOn, publishedOn, automatedOn, onlineOn);
        }
    }

    record WithdrawalForm(@NotNull @DateTimeFormat(pattern = DAY) LocalDate withdrawnOn,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;
    private final InventoryPages pages;
    private final FormOutcome outcome;

    InventoryForms(CommandGateway commands, InventoryPages pages, FormOutcome outcome) {
        this.commands = commands;
        this.pages = pages;
        this.outcome = outcome;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    String list(@PathVariable String entityCode, @Valid @ModelAttribute ItemForm form, BindingResult binding, Model model,
                Locale locale, HttpServletResponse response, RedirectAttributes done) {
        InventoryId id = inventory(entityCode);
        if (form.itemCode() == null) {
            binding.rejectValue("itemCode", "NotBlank");
        }
        if (outcome.failed("item", binding, () -> commands.sendAndWait(
                new ListInventoryItem(id, form.toItem(form.itemCode()))), model, locale, response)) {
            return pages.show(model, entityCode);
        }
        done.addFlashAttribute("done", outcome.message("ui.inventory.done.listed", locale, form.itemCode(), form.itemName()));
        return "redirect:/inventories/" + entityCode;
    }

    @PostMapping("/{code}/changes")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    String change(@PathVariable String entityCode, @PathVariable String code, @Valid @ModelAttribute ItemForm form,
                  BindingResult binding, Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        InventoryId id = inventory(entityCode);
        known(entityCode, code);
        if (form.effectiveOn() == null) {
            binding.rejectValue("effectiveOn", "NotNull");
        }
        if (form.reason() == null) {
            binding.rejectValue("reason", "NotBlank");
        }
        if (outcome.failed("change", binding, () -> commands.sendAndWait(
                new ChangeInventoryItem(id, form.toItem(code), form.effectiveOn(), form.reason())), model, locale, response)) {
            return pages.showItem(model, entityCode, code);
        }
        done.addFlashAttribute("done", outcome.message("ui.inventory.done.changed", locale, code));
        return "redirect:/inventories/" + entityCode + "/items/" + code;
    }

    @PostMapping("/{code}/withdrawal")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    String withdraw(@PathVariable String entityCode, @PathVariable String code, @Valid @ModelAttribute WithdrawalForm form,
                    BindingResult binding, Model model, Locale locale, HttpServletResponse response,
                    RedirectAttributes done) {
        InventoryId id = inventory(entityCode);
        known(entityCode, code);
        if (outcome.failed("withdrawal", binding, () -> commands.sendAndWait(
                new WithdrawInventoryItem(id, code, form.withdrawnOn(), form.reason())), model, locale, response)) {
            return pages.showItem(model, entityCode, code);
        }
        done.addFlashAttribute("done", outcome.message("ui.inventory.done.withdrawn", locale, code));
        return "redirect:/inventories/" + entityCode + "/items/" + code;
    }

    private static InventoryId inventory(String entityCode) {
        CurrentScope.require(entityCode);
        return InventoryId.of(entityCode);
    }

    private static void known(String entityCode, String code) {
        if (!InventoryItem.isCode(code)) {
            throw new InventoryItemNotFound(entityCode, code);
        }
    }
}
