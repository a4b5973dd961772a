package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.AuditChainCheck;
import org.springframework.stereotype.Component;

/** {@link AuditChainCheck} over the same verification as {@code GET /api/v1/audit/verify}. */
@Component
class ChainCheck implements AuditChainCheck {

    private final AuditChain chain;
    private final Checkpoints checkpoints;

    ChainCheck(AuditChain chain, Checkpoints checkpoints) {
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @Override
    public Result verify() {
        ChainVerification v = chain.verify(checkpoints.witnessed());
        ChainBreak b = v.firstBreak();
        return new Result(v.intact(), v.length(), v.head(), v.notYetLinked(), v.checkpoints(),
                b == null ? null : b.kind().name(), b == null ? null : b.position(), b == null ? null : b.eventId(),
                b == null ? null : b.detail());
    }
}
