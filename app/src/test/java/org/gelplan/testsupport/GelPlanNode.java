package org.gelplan.testsupport;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gelplan.GelPlanApplication;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/** One running GEL Plan node in a test, started with the given properties. */
public final class GelPlanNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private GelPlanNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static GelPlanNode start(String... properties) {
        return start(GelPlanApplication.class, properties);
    }

    /** Starts a node with extra configuration (e.g. {@code TestClock.Config}) besides the application. */
    public static GelPlanNode start(Class<?> extra, String... properties) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("server.port", "0", "gelplan.demo.enabled", "false",
                "axoniq.update-checker.disabled", "true"));
        for (String property : properties) {
            all.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new GelPlanNode(new SpringApplicationBuilder(GelPlanApplication.class, extra).run(args));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** Counts on a tally as a test user, retrying a lost optimistic-lock race as a client would. */
    public void count(String tallyId, int number) {
        for (int attempt = 0; ; attempt++) {
            try {
                bean(CommandGateway.class).sendAndWait(asCommandMessage(new Tally.Count(tallyId, number))
                        .andMetaData(AuditMetaData.of(Actor.system("test"))));
                return;
            } catch (ConcurrencyException | AggregateStreamCreationException lostRace) {
                if (attempt > 20) {
                    throw lostRace;
                }
            }
        }
    }

    /**
     * Waits until every processor reached the store's head. Read-your-writes itself covers a processor that has
     * just started and shows no status yet (session 12), which this once polled for.
     */
    public void awaitProjections() {
        if (!bean(ProjectionCatchUp.class).awaitHead(Duration.ofSeconds(30))) {
            throw new AssertionError("projections did not catch up");
        }
    }

    public StreamingEventProcessor processor(String group) {
        return bean(EventProcessingConfiguration.class).eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow();
    }

    @Override
    public void close() {
        context.close();
    }
}
