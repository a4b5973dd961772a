package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryFiles;
import org.gelplan.plan.api.PlanFileRefused;
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

    private final InventoryFiles files;

    InventoryImportController(InventoryFiles files) {
        this.files = files;
    }

    @PostMapping(value = "/api/v1/inventories/{entityCode}/import", consumes = {"text/csv", XLSX})
    @PreAuthorize("hasAnyRole('COMMITTEE_MEMBER','COMMITTEE_LEADER')")
    Map<String, Object> importFile(@PathVariable String entityCode, @RequestBody byte[] file,
                                   @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type)
            throws MethodArgumentNotValidException {
        try {
            InventoryFiles.Imported imported = files.importFile(entityCode, file,
                    MediaType.parseMediaType(XLSX).equalsTypeAndSubtype(type));
            return Map.of("entityCode", entityCode, "items", imported.items(), "recorded", imported.recorded());
        } catch (PlanFileRefused refused) {
            throw refusal(refused.problems());
        }
    }

    private static MethodArgumentNotValidException refusal(List<PlanFileRefused.Problem> problems) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "inventoryFile");
        problems.forEach(p -> errors.addError(new FieldError("inventoryFile", p.location(), null, false,
                p.getCodes(), p.getArguments(), p.getDefaultMessage())));
        try {
            return new MethodArgumentNotValidException(new MethodParameter(InventoryImportController.class
                    .getDeclaredMethod("importFile", String.class, byte[].class, MediaType.class), 1), errors);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
