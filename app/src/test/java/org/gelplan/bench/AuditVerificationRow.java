package org.gelplan.bench;

import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.reporting.api.StoredEventLog;
import org.gelplan.reporting.audit.AuditChain;
import org.gelplan.reporting.audit.AuditChainStore;
import org.gelplan.reporting.audit.ChainVerificationRate;
import org.gelplan.testsupport.GelPlanNode;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Audit-chain verification of the node's whole store (every event re-hashed and compared with the
 * chain, ADR 0005) against a raw driver cursor over the same commits, with {@link ChainVerificationRate}.
 */
final class AuditVerificationRow {

    private AuditVerificationRow() {
    }

    static BenchTable.Row measure(GelPlanNode node, String storeSize) {
        node.bean(AuditChain.class).catchUp();
        ChainVerificationRate.Result result = ChainVerificationRate.measure(node.bean(AuditChainStore.class),
                node.bean(StoredEventLog.class), node.bean(MongoTemplate.class).getCollection(EventStoreCollections.COMMITS));
        if (!result.verification().intact()) {
            throw new IllegalStateException("the audit chain did not verify: " + result.verification());
        }
        return new BenchTable.Row("audit-chain verification (whole chain, " + String.format("%,d",
                result.verification().length()) + " entries)", storeSize, result.verifiedPerSecond(), "events/s",
                "raw driver cursor over eventcommits", result.rawPerSecond(), "none set; for the record");
    }
}
