package org.gelplan.shadow;

import java.util.List;
import java.util.Map;

/**
 * A live projection control interno can re-run in a shadow.
 *
 * @param name          the tracking processor's name (its processing group)
 * @param handlers      the read-model classes the shadow runs again
 * @param collections   the collections their repositories keep (raw-collection writers are found by running them)
 * @param livePositions each live segment's position on this node, by segment id
 */
public record ProjectionView(String name, List<String> handlers, List<String> collections,
                             Map<Integer, Long> livePositions) {
}
