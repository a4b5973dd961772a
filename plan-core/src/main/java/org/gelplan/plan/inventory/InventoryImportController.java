package org.gelplan.plan.inventory;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.ImportInventory;
import org.gelplan.plan.api.InventoryId;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports an inventory from CSV or XLSX, all or nothing: a file with problems is answered like a
 * refused plan file (422, every problem in {@code errors} at {@code inventario/<row>/<column>}) and
 * records nothing; a good one is one command, so its events are stored together or not at all.
 */
@RestController
class InventoryImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CommandGateway commands;
    private final Clock clock;

    InventoryImportController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping(value = "/api/v1/inventories/{entityCode}/import", consumes = {"text/csv", XLSX})
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    Map<String, Object> importFile(@PathVariable String entityCode, @RequestBody byte[] file,
                                   @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type)
            throws MethodArgumentNotValidException {
        InventoryId id = InventoryController.inventory(entityCode);
        LocalDate today = GelTime.today(clock);
        List<List<String>> rows = MediaType.parseMediaType(XLSX).equalsTypeAndSubtype(type)
                ? InventoryFileReader.workbook(file) : InventoryFileReader.csv(file);
        InventoryFile.Parsed parsed = InventoryFile.parse(rows, today);
        if (!parsed.problems().isEmpty()) {
            throw refusal(parsed.problems());
        }
        int recorded = commands.sendAndWait(new ImportInventory(id, parsed.items(), today, "Importación del inventario"));
        return Map.of("entityCode", entityCode, "items", parsed.items().size(), "recorded", recorded);
    }

    private static MethodArgumentNotValidException refusal(List<InventoryFile.Problem> problems) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "inventoryFile");
        problems.forEach(p -> errors.addError(new FieldError("inventoryFile", p.location(), null, false,
                new String[]{"problem." + p.key() + ".detail"}, p.arguments(), p.key())));
        try {
            return new MethodArgumentNotValidException(new MethodParameter(InventoryImportController.class
                    .getDeclaredMethod("importFile", String.class, byte[].class, MediaType.class), 1), errors);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
