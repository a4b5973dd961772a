package org.gelplan.plan.inventory;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.ImportInventory;
import org.gelplan.plan.api.InventoryFiles;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.PlanFileRefused;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** {@link InventoryFiles}: the one path of an inventory import, for the REST controller and the pages alike. */
@Component
class InventoryFileImports implements InventoryFiles {

    private final CommandGateway commands;
    private final Clock clock;

    InventoryFileImports(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public Imported importFile(String entityCode, byte[] content, boolean workbook) {
        InventoryId id = InventoryController.inventory(entityCode);
        LocalDate today = GelTime.today(clock);
        InventoryFile.Parsed parsed = InventoryFile.parse(workbook ? InventoryFileReader.workbook(content)
                : InventoryFileReader.csv(content), today);
        if (!parsed.problems().isEmpty()) {
            throw new PlanFileRefused(parsed.problems().stream().map(p -> new PlanFileRefused.Problem(p.location(),
                    new String[]{"problem." + p.key() + ".detail"}, p.arguments(), p.key())).toList());
        }
        int recorded = commands.sendAndWait(new ImportInventory(id, parsed.items(), today, "Importación del inventario"));
        return new Imported(parsed.items().size(), recorded);
    }
}
