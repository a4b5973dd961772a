package org.gelplan;

import org.gelplan.cli.BackupCommand;
import org.gelplan.cli.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** GEL Plan: the Plan de Acción de Gobierno en Línea of a territorial entity, event-sourced. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GelPlanApplication {

    public static void main(String[] args) {
        if (BackupCommand.dispatch(args, System.out)) {
            return;
        }
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (VerifyCommand.handles(args)) {
            System.exit(new VerifyCommand(System.out, System.err).run(args));
        }
        SpringApplication.run(GelPlanApplication.class, args);
    }
}
