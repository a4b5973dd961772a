package org.gelplan.shadow;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A projection rebuilt in a shadow from the first event and compared with the live read model, both at
 * the same position of the event stream. Serializable, so a page can carry it across its redirect.
 *
 * @param comparedPosition the global index of the last event both had handled when compared
 * @param livePositions    each live segment's position when its documents were read (all equal to it)
 * @param eventsHandled    handler invocations in the shadow; {@code handlerFailures} of them threw
 * @param equal            every read model identical, document by document and field by field
 */
public record ShadowComparison(String projection, long comparedPosition, Map<Integer, Long> livePositions,
                               long eventsHandled, long handlerFailures, List<String> failures, boolean equal,
                               List<ReadModelComparison> readModels) implements Serializable {

    /**
     * One collection, live against shadow.
     *
     * @param missingFromLive      ids the events produce but the live read model lacks
     * @param extraInLive          ids the live read model holds but the events do not produce
     * @param different            documents present in both whose fields differ
     * @param outsideCallersScope  differences in documents of entities the caller does not act for (not shown)
     * @param truncated            more differences than listed
     */
    public record ReadModelComparison(String collection, long liveDocuments, long shadowDocuments,
                                      List<String> missingFromLive, List<String> extraInLive,
                                      List<DocumentDifference> different, int outsideCallersScope, boolean truncated)
            implements Serializable {

        public boolean equal() {
            return missingFromLive.isEmpty() && extraInLive.isEmpty() && different.isEmpty() && outsideCallersScope == 0
                    && !truncated;
        }
    }

    /** A document whose fields differ: each differing field by its dotted path, with both values. */
    public record DocumentDifference(String id, List<FieldDifference> fields) implements Serializable {
    }

    /** A field as the live read model holds it and as the shadow rebuilt it; null where absent. */
    public record FieldDifference(String field, String live, String shadow) implements Serializable {
    }
}
