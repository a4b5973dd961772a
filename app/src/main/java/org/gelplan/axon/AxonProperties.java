package org.gelplan.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the event store and the event processors.
 *
 * @param nodeId        this node's token-claim owner id; two nodes must never share one
 * @param gapTimeout    how long a global index may stay allocated but unwritten before tracking skips it
 * @param segments      initial segments of every streaming processor, so that nodes can split the work
 * @param snapshotEvery events at least between two snapshots of an aggregate; more once a quarter of its events is
 *                      more (ADR 0017)
 * @param readYourWrites how long a command's answer waits for the projections (on any node) to catch up
 * @param aggregateCacheSize aggregates kept on the heap between commands (ADR 0017); 0 for none
 */
@ConfigurationProperties("gelplan.axon")
public record AxonProperties(String nodeId,
                             @DefaultValue("60s") Duration gapTimeout,
                             @DefaultValue("2") int segments,
                             @DefaultValue("50") int snapshotEvery,
                             @DefaultValue("10s") Duration readYourWrites,
                             @DefaultValue("2000") int aggregateCacheSize) {
}
