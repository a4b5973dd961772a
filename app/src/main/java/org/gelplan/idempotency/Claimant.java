package org.gelplan.idempotency;

import org.bson.Document;

/**
 * The attempt that claimed an idempotency key: its request id (which every event its command causes
 * carries), the store's head when it claimed (its events come after it), and the node and the run of
 * that node it was served by (a node's later run knows the earlier one died).
 */
record Claimant(String requestId, long startPosition, String node, String run) {

    static final Claimant UNKNOWN = new Claimant(null, -1, null, null);

    boolean earlierRunOf(String thisNode, String thisRun) {
        return thisNode.equals(node) && run != null && !thisRun.equals(run);
    }

    Document appendTo(Document record) {
        return record.append("requestId", requestId).append("startPosition", startPosition)
                .append("node", node).append("run", run);
    }

    /** A record written before claims named their claimant reads as {@link #UNKNOWN}. */
    static Claimant from(Document record) {
        return record.get("startPosition") instanceof Number position
                ? new Claimant(record.getString("requestId"), position.longValue(), record.getString("node"),
                        record.getString("run"))
                : UNKNOWN;
    }
}
