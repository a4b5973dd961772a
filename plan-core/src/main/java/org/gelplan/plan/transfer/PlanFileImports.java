package org.gelplan.plan.transfer;

import org.gelplan.plan.api.PlanFileRefused;
import org.gelplan.plan.api.PlanFiles;
import org.springframework.stereotype.Component;

/** {@link PlanFiles} on the same reader and import as {@code POST /api/v1/plans/import}. */
@Component
class PlanFileImports implements PlanFiles {

    private final PlanImport imports;

    PlanFileImports(PlanImport imports) {
        this.imports = imports;
    }

    @Override
    public Imported importFile(byte[] content, boolean workbook) {
        PlanFileSource source = workbook ? WorkbookReader.read(content) : YamlPlanFiles.read(content);
        try {
            PlanImport.Outcome outcome = imports.importFile(source);
            return new Imported(outcome.planId().value(), outcome.recorded(), outcome.alreadyThere());
        } catch (InvalidPlanFile invalid) {
            throw new PlanFileRefused(invalid.problems().stream().map(p -> new PlanFileRefused.Problem(p.location(),
                    p.problem().codes(), p.problem().arguments(), p.problem().defaultMessage())).toList());
        }
    }
}
