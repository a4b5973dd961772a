package org.gelplan.plan.transfer;

import jakarta.validation.constraints.Pattern;
import org.gelplan.plan.api.PlanId;
import org.springframework.core.MethodParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A whole plan as a file: any signed-in user of the entity exports it as YAML or XLSX; an
 * operator imports one, all or nothing. A refused file is answered like a refused body: 422 with
 * every problem in {@code errors}, each named {@code sheet/row/field}.
 */
@RestController
class PlanTransferController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String YAML = "application/yaml";

    private final PlanExport export;
    private final PlanImport imports;

    PlanTransferController(PlanExport export, PlanImport imports) {
        this.export = export;
        this.imports = imports;
    }

    @GetMapping("/api/v1/plans/{planId}/export")
    ResponseEntity<byte[]> export(@PathVariable String planId,
                                  @RequestParam(defaultValue = "yaml") @Pattern(regexp = "yaml|xlsx") String format) {
        PlanFile file = export.export(PlanId.inCallersScope(planId));
        boolean xlsx = format.equals("xlsx");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(xlsx ? XLSX : YAML))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + planId + (xlsx ? ".xlsx" : ".yaml")).build().toString())
                .body(xlsx ? WorkbookWriter.write(file) : YamlPlanFiles.write(file));
    }

    @PostMapping(value = "/api/v1/plans/import", consumes = {YAML, "application/x-yaml", "text/yaml", XLSX})
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> importPlan(@RequestBody byte[] file,
                                                   @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type)
            throws MethodArgumentNotValidException {
        PlanFileSource source = MediaType.parseMediaType(XLSX).equalsTypeAndSubtype(type)
                ? WorkbookReader.read(file) : YamlPlanFiles.read(file);
        PlanImport.Outcome outcome;
        try {
            outcome = imports.importFile(source);
        } catch (InvalidPlanFile invalid) {
            throw refusal(invalid);
        }
        String planId = outcome.planId().value();
        // Importing a file that is already wholly there records nothing and creates nothing.
        return (outcome.recorded() == 0 ? ResponseEntity.ok() : ResponseEntity.created(URI.create("/api/v1/plans/" + planId)))
                .body(Map.of("planId", planId, "recorded", outcome.recorded(), "alreadyThere", outcome.alreadyThere()));
    }

    // Answered by the web layer like any invalid body: 422, every problem localized in "errors".
    private static MethodArgumentNotValidException refusal(InvalidPlanFile invalid) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "planFile");
        invalid.problems().forEach(p -> errors.addError(new FieldError("planFile", p.location(), null, false,
                p.problem().codes(), p.problem().arguments(), p.problem().defaultMessage())));
        try {
            return new MethodArgumentNotValidException(new MethodParameter(PlanTransferController.class
                    .getDeclaredMethod("importPlan", byte[].class, MediaType.class), 0), errors);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
