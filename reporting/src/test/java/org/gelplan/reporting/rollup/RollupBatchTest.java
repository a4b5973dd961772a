package org.gelplan.reporting.rollup;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Resolution;
import org.gelplan.plan.api.TerritorialEntity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a processor's batch of adoptions in one department, when the rollup handles it, then the entities
 * of the whole batch are read in one go when the first is needed, the department once, and all are written
 * once, after the batch's last event; outside a batch every event is written at once.
 */
class RollupBatchTest {

    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object> stored = new HashMap<>();
    private final RollupProjection projection = new RollupProjection(new RecordingDocuments());

    @Test
    void aBatchReadsEachDocumentOnceAndWritesThemAllAfterItsLastEvent() {
        List<GenericEventMessage<PlanAdopted>> batch = List.of(adopted("86001"), adopted("86568"), adopted("86885"));
        List<Integer> writesSeenAtEachEvent = new ArrayList<>();

        new BatchingUnitOfWork<>(batch).executeWithResult(() -> {
            projection.on((PlanAdopted) CurrentUnitOfWork.get().getMessage().getPayload(), MetaData.emptyInstance());
            writesSeenAtEachEvent.add((int) calls.stream().filter(call -> call.startsWith("replace")).count());
            return null;
        });

        assertThat(writesSeenAtEachEvent).containsExactly(0, 0, 2);
        assertThat(calls).containsExactly("entities 86001,86568,86885", "department 86", "replaceEntities 3",
                "replaceDepartments 1");
        assertThat(((RollupDepartmentDocument) stored.get("department 86")).entities())
                .containsExactlyInAnyOrder("86001", "86568", "86885");
    }

    @Test
    void outsideABatchEveryEventIsWrittenAtOnce() {
        projection.on(adopted("86001").getPayload(), MetaData.emptyInstance());

        assertThat(calls).containsExactly("entities 86001", "department 86", "replaceEntities 1",
                "replaceDepartments 1");
        assertThat(stored).containsKeys("entity 86001", "department 86");
    }

    @Test
    void aUnitOfWorkOfOneEventIsWrittenWhenItsEventIsHandled() {
        GenericEventMessage<PlanAdopted> event = adopted("86568");

        DefaultUnitOfWork.startAndGet(event).execute(() -> projection.on(event.getPayload(), MetaData.emptyInstance()));

        assertThat(calls).containsExactly("entities 86568", "department 86", "replaceEntities 1",
                "replaceDepartments 1");
    }

    private static GenericEventMessage<PlanAdopted> adopted(String daneCode) {
        return new GenericEventMessage<>(new PlanAdopted(PlanId.of(daneCode, 2009),
                new TerritorialEntity(daneCode, "Municipio " + daneCode, "Putumayo", "86"),
                new Resolution("001143", LocalDate.of(2009, 9, 21), "Plan de Acción GEL", "Alcalde", "Alcalde", List.of()),
                "GEL-2008", null, List.of(), null, null, List.of(), List.of(), Map.of()));
    }

    /** The documents in memory, every read and write recorded. */
    private final class RecordingDocuments implements RollupDocuments {

        @Override
        public List<RollupEntityDocument> entities(Collection<String> daneCodes) {
            calls.add("entities " + String.join(",", daneCodes));
            return daneCodes.stream().map(code -> (RollupEntityDocument) stored.get("entity " + code))
                    .filter(Objects::nonNull).toList();
        }

        @Override
        public Optional<RollupDepartmentDocument> department(String code) {
            calls.add("department " + code);
            return Optional.ofNullable((RollupDepartmentDocument) stored.get("department " + code));
        }

        @Override
        public void replaceEntities(Collection<RollupEntityDocument> documents) {
            calls.add("replaceEntities " + documents.size());
            documents.forEach(document -> stored.put("entity " + document.daneCode(), document));
        }

        @Override
        public void replaceDepartments(Collection<RollupDepartmentDocument> documents) {
            calls.add("replaceDepartments " + documents.size());
            documents.forEach(document -> stored.put("department " + document.code(), document));
        }

        @Override
        public void clear() {
            stored.clear();
        }
    }
}
