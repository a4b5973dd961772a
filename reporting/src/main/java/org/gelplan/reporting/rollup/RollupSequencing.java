package org.gelplan.reporting.rollup;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.gelplan.compliance.api.ComplianceOpened;
import org.gelplan.compliance.api.CriterionFulfilled;
import org.gelplan.compliance.api.CriterionFulfilmentRevoked;
import org.gelplan.compliance.api.CriterionMarkedNotApplicable;
import org.gelplan.compliance.api.CriterionRescheduled;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.ReportPublished;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rollup's events are sequenced by department, not by aggregate: a plan's adoption and its
 * compliance events come from two aggregates (hence possibly two segments), and an entity's adoption
 * also touches its department's document. Departments still spread over the segments.
 */
@Configuration(proxyBeanMethods = false)
class RollupSequencing {

    @Bean
    ConfigurerModule rollupSequencingPolicy() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(RollupProjection.GROUP, axon -> byDepartment()));
    }

    static SequencingPolicy<EventMessage<?>> byDepartment() {
        return event -> {
            PlanId planId = planIdOf(event.getPayload());
            return planId == null ? SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event)
                    : planId.daneCode().substring(0, 2);
        };
    }

    /** The plan a rollup event is about; null for any other event. */
    static PlanId planIdOf(Object payload) {
        if (payload instanceof PlanAdopted e) {
            return e.planId();
        } else if (payload instanceof ComplianceOpened e) {
            return e.planId();
        } else if (payload instanceof CriterionFulfilled e) {
            return e.planId();
        } else if (payload instanceof CriterionFulfilmentRevoked e) {
            return e.planId();
        } else if (payload instanceof CriterionRescheduled e) {
            return e.planId();
        } else if (payload instanceof CriterionMarkedNotApplicable e) {
            return e.planId();
        } else if (payload instanceof ReportPublished e) {
            return e.planId();
        }
        return null;
    }
}
