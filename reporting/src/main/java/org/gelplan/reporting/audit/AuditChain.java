package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.AuditAnchor;
import org.gelplan.reporting.api.AuditChainHead;
import org.gelplan.reporting.api.StoredEventLog;

import java.time.Instant;
import java.util.Collection;

/** The audit chain of this deployment: its head for report anchors, and its verification. */
public class AuditChain implements AuditChainHead {

    private final ChainBuilder builder;
    private final AuditChainStore store;
    private final StoredEventLog log;

    public AuditChain(StoredEventLog log, AuditChainStore store) {
        this.builder = new ChainBuilder(log, store);
        this.store = store;
        this.log = log;
    }

    @Override
    public AuditAnchor current() {
        return builder.catchUp().anchor();
    }

    /** The longest prefix whose events were all stored by {@code instant} (entries carry the running maximum). */
    @Override
    public AuditAnchor asOf(Instant instant) {
        long length = builder.catchUp().length();
        long low = 0;
        long high = length;
        while (low < high) {
            long middle = low + (high - low) / 2;
            if (store.entry(middle).orElseThrow().recordedUpTo().isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low == 0 ? new ChainTail(0, null, null).anchor()
                : new ChainTail(low, store.entry(low - 1).orElseThrow(), null).anchor();
    }

    /** Links what is stored so far, then recomputes everything against the store and the checkpoints. */
    public ChainVerification verify(Collection<Checkpoint> checkpoints) {
        builder.catchUp();
        return new ChainVerifier(store, log).verify(checkpoints);
    }

    /** The link after the first {@code length} events, if the chain is that long. */
    public java.util.Optional<String> linkAt(long length) {
        return length < 1 ? java.util.Optional.empty() : store.entry(length - 1).map(ChainEntry::link);
    }

    /** Links what is stored so far (the scheduled builder and tests call it). */
    public AuditAnchor catchUp() {
        return current();
    }
}
