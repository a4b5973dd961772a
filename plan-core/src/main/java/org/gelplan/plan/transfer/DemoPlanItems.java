package org.gelplan.plan.transfer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.OnDemoMode;
import org.gelplan.plan.action.ActionEntry;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.indicator.IndicatorEntry;
import org.gelplan.plan.project.ProjectEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * In demo mode, after Mocoa's plan is adopted, registers every row of its Tabla 1 and Tabla 7 and
 * defines their indicators, from {@code demo/mocoa-86001-2009-*.json} (see {@code demo/README.md}),
 * as {@code system:demo-data}. Items already there are left as they are, so restarts record nothing.
 */
@Component
@Conditional(OnDemoMode.class)
class DemoPlanItems {

    static final PlanId MOCOA = new PlanId("86001-2009");
    static final String PREFIX = "demo/mocoa-86001-2009-";
    private static final Logger log = LoggerFactory.getLogger(DemoPlanItems.class);

    private final PlanItemsSender sender;
    private final ObjectMapper json;

    DemoPlanItems(PlanItemsSender sender, ObjectMapper json) {
        this.sender = sender;
        this.json = json;
    }

    static PlanItems read(ObjectMapper json) {
        return new PlanItems(read(json, "projects", new TypeReference<List<ProjectEntry>>() { }),
                read(json, "actions", new TypeReference<List<ActionEntry>>() { }),
                read(json, "indicators", new TypeReference<List<IndicatorEntry>>() { }));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void registerMocoasProjectsActionsAndIndicators() {
        PlanItemsSender.Outcome outcome = sender.send(MOCOA, read(json), AuditMetaData.of(Actor.system("demo-data")));
        log.info("Demo data: plan {} has its projects, actions and indicators ({} recorded now, {} already there)",
                MOCOA, outcome.recorded(), outcome.alreadyThere());
    }

    private static <T> List<T> read(ObjectMapper json, String table, TypeReference<List<T>> type) {
        String resource = PREFIX + table + ".json";
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + resource, e);
        }
    }
}
