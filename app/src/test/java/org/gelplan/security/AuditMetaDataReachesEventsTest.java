package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole way from a signed-in user to stored events, through a real Axon configuration wired
 * like the Spring Boot one: the dispatch interceptor on the gateway, the correlation data providers
 * on the configuration.
 */
class AuditMetaDataReachesEventsTest {

    record AdoptPlan(String planId) {
    }

    record RescheduleCriterion(@TargetAggregateIdentifier String planId, String code) {
    }

    record PlanAdopted(String planId) {
    }

    record CriterionRescheduled(String planId, String code) {
    }

    static class TestPlan {
        @AggregateIdentifier
        private String planId;

        TestPlan() {
        }

        @CommandHandler
        TestPlan(AdoptPlan command) {
            apply(new PlanAdopted(command.planId()));
        }

        @CommandHandler
        void handle(RescheduleCriterion command) {
            apply(new CriterionRescheduled(planId, command.code()));
        }

        @EventSourcingHandler
        void on(PlanAdopted event) {
            planId = event.planId();
        }
    }

    private Configuration axon;

    @BeforeEach
    void startAxon() {
        AuditMetaDataConfiguration audit = new AuditMetaDataConfiguration();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .configureAggregate(TestPlan.class)
                .configureCorrelationDataProviders(configuration -> List.of(
                        audit.auditCorrelationDataProvider(), audit.messageOriginProvider()))
                .buildConfiguration();
        axon.start();
        axon.commandGateway().registerDispatchInterceptor(audit.actorMetaDataInterceptor());
        axon.eventGateway().registerDispatchInterceptor(audit.eventActorMetaDataInterceptor());
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyAppliedEventCarriesTheActorRolesIdsAndReasonOfItsCommand() {
        axon.commandGateway().sendAndWait(new AdoptPlan("86001-2009"), AuditMetaData.of(Actor.system("demo-data")));
        GelUser leader = new GelUser("lider", "hash", Set.of(Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER),
                EntityScope.of("86001"));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));

        axon.commandGateway().sendAndWait(new RescheduleCriterion("86001-2009", "INF-NORM-02"),
                MetaData.with(AuditMetaData.REASON, "Decisión del comité, acta 4"));

        List<? extends DomainEventMessage<?>> events = axon.eventStore().readEvents("86001-2009").asStream().toList();
        MetaData adopted = events.get(0).getMetaData();
        MetaData rescheduled = events.get(1).getMetaData();
        assertThat(AuditMetaData.actorOf(adopted)).isEqualTo("system:demo-data");
        assertThat(AuditMetaData.rolesOf(adopted)).isEmpty();
        assertThat(AuditMetaData.actorOf(rescheduled)).isEqualTo("lider");
        assertThat(AuditMetaData.rolesOf(rescheduled)).containsExactly(Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER);
        assertThat(AuditMetaData.reasonOf(rescheduled)).contains("Decisión del comité, acta 4");
        assertThat(AuditMetaData.requestIdOf(rescheduled)).isPresent();
        assertThat(AuditMetaData.correlationIdOf(rescheduled)).isEqualTo(AuditMetaData.requestIdOf(rescheduled));
        assertThat(AuditMetaData.correlationIdOf(adopted)).isNotEqualTo(AuditMetaData.correlationIdOf(rescheduled));
    }

    @Test
    void axonsMessageOriginKeysDoNotOverwriteOurCorrelationId() {
        axon.commandGateway().sendAndWait(new AdoptPlan("86001-2009"),
                AuditMetaData.of(Actor.system("demo-data")).and(AuditMetaData.CORRELATION_ID, "empalme-2012"));

        MetaData adopted = axon.eventStore().readEvents("86001-2009").asStream().toList().get(0).getMetaData();

        assertThat(adopted).containsEntry(AuditMetaData.CORRELATION_ID, "empalme-2012")
                .containsKey(AuditMetaDataConfiguration.CAUSATION_ID)
                .containsKey(AuditMetaDataConfiguration.TRACE_ID);
    }

    @Test
    void aCommandWithoutActorIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new AdoptPlan("86001-2009")))
                .isInstanceOf(MissingActor.class);

        assertThat(axon.eventStore().readEvents("86001-2009").asStream()).isEmpty();
    }

    @Test
    void anEventTheSystemRaisesItselfNamesTheComponentOrIsRefused() {
        record PhaseDeadlineReached(String planId, String phase) {
        }
        List<MetaData> published = new ArrayList<>();
        axon.eventBus().subscribe(events -> events.forEach(event -> published.add(event.getMetaData())));

        axon.eventGateway().publish(List.of(GenericEventMessage
                .asEventMessage(new PhaseDeadlineReached("86001-2009", "INFORMACION"))
                .andMetaData(AuditMetaData.of(Actor.system("deadline-sweep")))));

        assertThat(AuditMetaData.actorOf(published.get(0))).isEqualTo("system:deadline-sweep");
        assertThat(AuditMetaData.requestIdOf(published.get(0))).isPresent();
        assertThatThrownBy(() -> axon.eventGateway().publish(new PhaseDeadlineReached("86001-2009", "INTERACCION")))
                .isInstanceOf(MissingActor.class);
        assertThat(published).hasSize(1);
    }
}
