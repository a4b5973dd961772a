package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.AuditAnchor;
import org.gelplan.reporting.api.AuditChainHead;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * TEMPORARY, to be deleted when the audit chain is merged: lets the reports branch run before the real
 * {@link AuditChainHead} exists (delete this class when merging the audit branch, or two beans will clash).
 * It answers the empty chain's head for every instant.
 */
@Component
class TemporaryAuditChainHead implements AuditChainHead {

    private static final AuditAnchor EMPTY = new AuditAnchor(0, "0".repeat(64), null);

    @Override
    public AuditAnchor current() {
        return EMPTY;
    }

    @Override
    public AuditAnchor asOf(Instant instant) {
        return EMPTY;
    }
}
