package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Control interno signs off the audit chain as it stands: its length and head, which every later chain
 * must extend.
 *
 * @param ledgerId the deployment's checkpoint ledger ({@link #LEDGER})
 */
public record WitnessCheckpoint(@TargetAggregateIdentifier String ledgerId, long length, String head, String note) {

    /** One ledger of witnessed checkpoints per deployment, like the chain itself. */
    public static final String LEDGER = "audit-checkpoints";
}
