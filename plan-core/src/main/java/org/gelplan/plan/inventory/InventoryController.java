package org.gelplan.plan.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.ChangeInventoryItem;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryItemNotFound;
import org.gelplan.plan.api.InventoryView;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.plan.api.WithdrawInventoryItem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * An entity's trámites and servicios inventory: any signed-in user of the entity reads it as of a day;
 * committee members list, change and withdraw items (every change an event, the history kept).
 */
@RestController
@RequestMapping("/api/v1/inventories/{entityCode}")
class InventoryController {

    record ItemBody(@NotNull InventoryItemKind kind, @NotBlank @Size(max = 500) String name,
                    @Size(max = 500) String office, @NotNull LocalDate listedOn,
                    LocalDate publishedOn, LocalDate automatedOn, LocalDate onlineOn) {

        InventoryItem toItem(String code) {
            return new InventoryItem(code, kind, name, office, listedOn, publishedOn, automatedOn, onlineOn);
        }
    }

    record NewItemBody(@NotNull @Pattern(regexp = InventoryItem.CODE_REGEXP) String code, @NotNull @Valid ItemBody item) {
    }

    record ChangeBody(@NotNull @Valid ItemBody item, @NotNull LocalDate effectiveOn,
                      @NotBlank @Size(max = 2000) String reason) {
    }

    record WithdrawalBody(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    InventoryController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    InventoryView inventory(@PathVariable String entityCode, @RequestParam(required = false)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        CurrentScope.require(entityCode);
        return QueryResults.await(queries.query(new FindInventory(entityCode, asOf == null ? GelTime.today(clock) : asOf),
                ResponseTypes.instanceOf(InventoryView.class)));
    }

    @GetMapping("/items/{code}")
    InventoryView.Entry item(@PathVariable String entityCode, @PathVariable String code,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return inventory(entityCode, asOf).items().stream().filter(entry -> entry.code().equals(code)).findFirst()
                .orElseThrow(() -> new InventoryItemNotFound(entityCode, code));
    }

    @PostMapping("/items")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    ResponseEntity<Map<String, String>> list(@PathVariable String entityCode, @Valid @RequestBody NewItemBody body) {
        commands.sendAndWait(new ListInventoryItem(inventory(entityCode), body.item().toItem(body.code())));
        return ResponseEntity.created(URI.create("/api/v1/inventories/" + entityCode + "/items/" + body.code()))
                .body(Map.of("entityCode", entityCode, "code", body.code()));
    }

    @PostMapping("/items/{code}/changes")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    Map<String, String> change(@PathVariable String entityCode, @PathVariable String code,
                               @Valid @RequestBody ChangeBody body) {
        InventoryId id = inventory(entityCode);
        commands.sendAndWait(new ChangeInventoryItem(id, body.item().toItem(known(entityCode, code)), body.effectiveOn(),
                body.reason()));
        return Map.of("entityCode", entityCode, "code", code);
    }

    @PostMapping("/items/{code}/withdrawal")
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    Map<String, String> withdraw(@PathVariable String entityCode, @PathVariable String code,
                                 @Valid @RequestBody WithdrawalBody body) {
        InventoryId id = inventory(entityCode);
        commands.sendAndWait(new WithdrawInventoryItem(id, known(entityCode, code), body.withdrawnOn(), body.reason()));
        return Map.of("entityCode", entityCode, "code", code);
    }

    static InventoryId inventory(String entityCode) {
        CurrentScope.require(entityCode);
        return InventoryId.of(entityCode);
    }

    private static String known(String entityCode, String code) {
        if (!InventoryItem.isCode(code)) {
            throw new InventoryItemNotFound(entityCode, code);
        }
        return code;
    }
}
