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

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a processor's batch of adoptions in one department, when the rollup handles it, then each
 * document is read once and all are written once, after the batch's last event; outside a batch every
 * event is written at once.
 */
class RollupBatchTest {

    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object> stored = new HashMap<>();
    private final RollupProjection projection = new RollupProjection(repository(RollupEntityRepository.class, "entity"),
            repository(RollupDepartmentRepository.class, "department"));

    @Test
    void aBatchReadsEachDocumentOnceAndWritesThemAllAfterItsLastEvent() {
        List<GenericEventMessage<PlanAdopted>> batch = List.of(adopted("86001"), adopted("86568"), adopted("86885"));
        List<Integer> writesSeenAtEachEvent = new ArrayList<>();

        new BatchingUnitOfWork<>(batch).executeWithResult(() -> {
            projection.on((PlanAdopted) CurrentUnitOfWork.get().getMessage().getPayload(), MetaData.emptyInstance());
            writesSeenAtEachEvent.add((int) calls.stream().filter(call -> call.startsWith("saveAll")).count());
            return null;
        });

        assertThat(writesSeenAtEachEvent).containsExactly(0, 0, 2);
        assertThat(calls).containsExactly("findById entity 86001", "findById department 86", "findById entity 86568",
                "findById entity 86885", "saveAll entity 3", "saveAll department 1");
        assertThat(((RollupDepartmentDocument) stored.get("department 86")).entities())
                .containsExactlyInAnyOrder("86001", "86568", "86885");
    }

    @Test
    void outsideABatchEveryEventIsWrittenAtOnce() {
        projection.on(adopted("86001").getPayload(), MetaData.emptyInstance());

        assertThat(calls).containsExactly("findById entity 86001", "findById department 86", "saveAll entity 1",
                "saveAll department 1");
        assertThat(stored).containsKeys("entity 86001", "department 86");
    }

    @Test
    void aUnitOfWorkOfOneEventIsWrittenWhenItsEventIsHandled() {
        GenericEventMessage<PlanAdopted> event = adopted("86568");

        DefaultUnitOfWork.startAndGet(event).execute(() -> projection.on(event.getPayload(), MetaData.emptyInstance()));

        assertThat(calls).containsExactly("findById entity 86568", "findById department 86", "saveAll entity 1",
                "saveAll department 1");
    }

    private static GenericEventMessage<PlanAdopted> adopted(String daneCode) {
        return new GenericEventMessage<>(new PlanAdopted(PlanId.of(daneCode, 2009),
                new TerritorialEntity(daneCode, "Municipio " + daneCode, "Putumayo", "86"),
                new Resolution("001143", LocalDate.of(2009, 9, 21), "Plan de Acción GEL", "Alcalde", "Alcalde", List.of()),
                "GEL-2008", null, List.of(), null, null, List.of(), List.of(), Map.of()));
    }

    @SuppressWarnings("unchecked")
    private <T> T repository(Class<T> type, String kind) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "findById" -> {
                    calls.add("findById " + kind + " " + args[0]);
                    return Optional.ofNullable(stored.get(kind + " " + args[0]));
                }
                case "saveAll" -> {
                    List<Object> documents = new ArrayList<>();
                    ((Iterable<Object>) args[0]).forEach(documents::add);
                    calls.add("saveAll " + kind + " " + documents.size());
                    for (Object document : documents) {
                        String id = document instanceof RollupEntityDocument entity ? entity.daneCode()
                                : ((RollupDepartmentDocument) document).code();
                        stored.put(kind + " " + id, document);
                    }
                    return documents;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            }
        });
    }
}
