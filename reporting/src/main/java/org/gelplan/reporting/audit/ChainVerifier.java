package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.LoggedEvent;
import org.gelplan.reporting.api.StoredEventLog;
import org.gelplan.reporting.audit.ChainBreak.Kind;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Recomputes the chain from the stored bytes, position by position in the chain's own order, and finds
 * the stored events the chain never linked. Works the same on the live store and
 * on an offline export, so an auditor's machine reaches the same verdict as the server.
 */
public final class ChainVerifier {

    private final ChainSource chain;
    private final StoredEventLog log;

    public ChainVerifier(ChainSource chain, StoredEventLog log) {
        this.chain = chain;
        this.log = log;
    }

    public ChainVerification verify(Collection<Checkpoint> checkpoints) {
        Map<Long, Checkpoint> witnessed = new HashMap<>();
        checkpoints.forEach(c -> witnessed.put(c.length() - 1, c));
        Set<String> linked = new HashSet<>();
        String link = ChainLinks.GENESIS;
        long frontier = -1;
        // One pass over each collection: verification is O(events) anyway, and a full read is far cheaper
        // than key lookups on the embedded server (see the benchmark).
        Map<Long, ChainEntry> entries = new HashMap<>();
        chain.forEachEntry(e -> entries.put(e.position(), e));
        Map<Long, LoggedEvent> events = new HashMap<>();
        log.forEach(e -> events.put(e.globalIndex(), e));
        long position = entries.keySet().stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
        for (long p = 0; p < position; p++) {
            ChainEntry entry = entries.get(p);
            if (entry == null) {
                return broken(p, link, checkpoints, new ChainBreak(Kind.CHAIN_ENTRY_MISSING, p, null, null, null, null,
                        "position " + p + " has no chain entry although later positions do"));
            }
            LoggedEvent event = events.get(entry.globalIndex());
            Optional<ChainBreak> problem = check(entry, event, link);
            if (problem.isPresent()) {
                return broken(p, link, checkpoints, problem.get());
            }
            link = entry.link();
            Checkpoint checkpoint = witnessed.get(p);
            if (checkpoint != null && !checkpoint.head().equals(link)) {
                return broken(p, link, checkpoints, new ChainBreak(Kind.WITNESSED_CHECKPOINT_REWRITTEN, p,
                        event.eventId(), event.globalIndex(), event.aggregateType(), event.aggregateId(),
                        "the chain of " + checkpoint.length() + " events was witnessed with head " + checkpoint.head()
                                + " but now ends in " + link + ": witnessed history was rewritten"));
            }
            linked.add(entry.eventId());
            frontier = Math.max(frontier, entry.globalIndex());
        }
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.length() > position) {
                return broken(position, link, checkpoints, new ChainBreak(Kind.WITNESSED_CHECKPOINT_REWRITTEN, position,
                        null, null, null, null, "a checkpoint of " + checkpoint.length()
                        + " events was witnessed but the chain now holds only " + position));
            }
        }
        return unlinked(position, link, frontier, linked, events.values(), checkpoints.size());
    }

    private Optional<ChainBreak> check(ChainEntry entry, LoggedEvent event, String link) {
        long p = entry.position();
        if (!entry.previous().equals(link)) {
            return Optional.of(new ChainBreak(Kind.CHAIN_REWRITTEN, p, entry.eventId(), entry.globalIndex(), null, null,
                    "the entry at position " + p + " does not follow from the one before it"));
        }
        if (event == null) {
            return Optional.of(new ChainBreak(Kind.EVENT_VANISHED, p, entry.eventId(), entry.globalIndex(), null, null,
                    "event " + entry.eventId() + " linked at position " + p + " (global index " + entry.globalIndex()
                            + ") is no longer in the store"));
        }
        if (!event.eventId().equals(entry.eventId())) {
            Optional<ChainEntry> elsewhere = chain.byEventId(event.eventId());
            if (elsewhere.isPresent()) {
                return Optional.of(at(Kind.REORDERED, p, event, "global index " + event.globalIndex() + " now holds event "
                        + event.eventId() + ", linked at position " + elsewhere.get().position() + " with global index "
                        + elsewhere.get().globalIndex() + "; the chain has event " + entry.eventId() + " here"));
            }
            return Optional.of(at(Kind.EVENT_REPLACED, p, event, "global index " + event.globalIndex()
                    + " holds event " + event.eventId() + ", never linked, instead of " + entry.eventId()));
        }
        if (ChainLinks.link(link, event).equals(entry.link())) {
            return Optional.empty();
        }
        if (!ChainLinks.digest(event.payload()).equals(entry.payloadDigest())) {
            return Optional.of(at(Kind.PAYLOAD_CHANGED, p, event, "the stored payload of event " + event.eventId()
                    + " (" + event.payloadType() + ") differs from the one linked at position " + p));
        }
        if (!ChainLinks.digest(event.metaData()).equals(entry.metaDataDigest())) {
            return Optional.of(at(Kind.METADATA_CHANGED, p, event, "the stored metadata of event " + event.eventId()
                    + " differs from the one linked at position " + p));
        }
        return Optional.of(at(Kind.IDENTIFIERS_CHANGED, p, event, "the identifiers, type or timestamp of event "
                + event.eventId() + " differ from those linked at position " + p));
    }

    private ChainVerification unlinked(long length, String head, long frontier, Set<String> linked,
                                       Collection<LoggedEvent> stored, int checkpoints) {
        long highest = log.highestAllocated();
        AtomicLong pending = new AtomicLong();
        AtomicReference<LoggedEvent> first = new AtomicReference<>();
        stored.forEach(event -> {
            if (linked.contains(event.eventId())) {
                return;
            }
            if (event.globalIndex() > frontier && event.globalIndex() <= highest) {
                pending.incrementAndGet();
            } else if (first.get() == null || event.globalIndex() < first.get().globalIndex()) {
                first.set(event);
            }
        });
        LoggedEvent missing = first.get();
        if (missing == null) {
            return new ChainVerification(true, length, head, pending.get(), checkpoints, null);
        }
        String where = missing.globalIndex() > highest ? " above every global index the store ever allocated (forged)"
                : " below the chain's frontier " + frontier;
        return new ChainVerification(false, length, head, pending.get(), checkpoints, at(Kind.MISSING_FROM_CHAIN, null,
                missing, "event " + missing.eventId() + " is stored at global index " + missing.globalIndex() + where
                        + " but the chain never linked it"));
    }

    private static ChainVerification broken(long length, String head, Collection<Checkpoint> checkpoints, ChainBreak problem) {
        return new ChainVerification(false, length, head, 0, checkpoints.size(), problem);
    }

    private static ChainBreak at(Kind kind, Long position, LoggedEvent event, String detail) {
        return new ChainBreak(kind, position, event.eventId(), event.globalIndex(), event.aggregateType(),
                event.aggregateId(), detail);
    }

}
