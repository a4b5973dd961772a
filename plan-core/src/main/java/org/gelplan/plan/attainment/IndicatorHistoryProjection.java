package org.gelplan.plan.attainment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.EventEntries;
import org.gelplan.plan.api.FindIndicator;
import org.gelplan.plan.api.IndicatorDefined;
import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.IndicatorMeasured;
import org.gelplan.plan.api.IndicatorMeasurementCorrected;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.MeasurementRecord;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanNotFound;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every indicator of every plan with its measurement history, from which queries compute the
 * attainment series as of a day. Handlers are idempotent: a history holds each event once.
 */
@Component
@ProcessingGroup(IndicatorHistoryProjection.GROUP)
class IndicatorHistoryProjection {

    static final String GROUP = "plan-indicators";

    private final IndicatorHistoryRepository histories;
    private final IndicatorIndexRepository index;
    private final MongoOperations mongo;

    IndicatorHistoryProjection(IndicatorHistoryRepository histories, IndicatorIndexRepository index, MongoOperations mongo) {
        this.histories = histories;
        this.index = index;
        this.mongo = mongo;
    }

    @EventHandler
    void on(PlanAdopted event) {
        String planId = event.planId().value();
        if (!index.existsById(planId)) {
            index.save(new IndicatorIndexDocument(planId, List.of()));
        }
    }

    @EventHandler
    void on(IndicatorDefined event, @Timestamp Instant at) {
        String planId = event.planId().value();
        String id = event.indicatorId().value();
        index.findById(planId).ifPresent(plan -> index.save(plan.with(id)));
        String key = IndicatorHistoryDocument.key(planId, id);
        if (!histories.existsById(key)) {
            histories.save(new IndicatorHistoryDocument(key, id, event.definition(), event.startsOn(), at, List.of()));
        }
    }

    @EventHandler
    void on(IndicatorMeasured event, @MessageIdentifier String eventId, @Timestamp Instant at, MetaData metaData) {
        record(event.planId().value(), event.indicatorId().value(), new MeasurementRecord(eventId, event.period(),
                event.measurement(), false, null, at, AuditMetaData.actorOf(metaData)));
    }

    @EventHandler
    void on(IndicatorMeasurementCorrected event, @MessageIdentifier String eventId, @Timestamp Instant at,
            MetaData metaData) {
        record(event.planId().value(), event.indicatorId().value(), new MeasurementRecord(eventId, event.period(),
                event.measurement(), true, event.reason(), at, AuditMetaData.actorOf(metaData)));
    }

    /** Appends the entry to its indicator's history (one atomic update), unless this event's entry is there already. */
    private void record(String planId, String indicatorId, MeasurementRecord entry) {
        EventEntries.appendOnce(mongo, IndicatorHistoryDocument.class, IndicatorHistoryDocument.key(planId, indicatorId),
                "history", entry.eventId(), entry);
    }

    @ResetHandler
    void reset() {
        histories.deleteAll();
        index.deleteAll();
    }

    @QueryHandler
    List<IndicatorOverview> handle(ListIndicators query) {
        String planId = query.planId().value();
        List<String> ids = index.findById(planId).orElseThrow(() -> new PlanNotFound(planId)).indicatorIds();
        Map<String, IndicatorHistoryDocument> byKey = histories.findAllById(
                        ids.stream().map(id -> IndicatorHistoryDocument.key(planId, id)).toList()).stream()
                .collect(Collectors.toMap(IndicatorHistoryDocument::id, Function.identity()));
        return ids.stream().map(id -> byKey.get(IndicatorHistoryDocument.key(planId, id)))
                .filter(Objects::nonNull)
                .filter(document -> document.knownBy(query.knownAt()))
                .map(document -> IndicatorViews.overview(document, query.asOf(), query.knownAt())).toList();
    }

    @QueryHandler
    Optional<IndicatorDetail> handle(FindIndicator query) {
        return histories.findById(IndicatorHistoryDocument.key(query.planId().value(), query.indicatorId().value()))
                .map(document -> IndicatorViews.detail(document, query.asOf(), null));
    }
}
