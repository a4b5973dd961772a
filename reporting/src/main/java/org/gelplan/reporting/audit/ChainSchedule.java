package org.gelplan.reporting.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Follows the store: links new events every few seconds on every node (the unique position decides who). */
@Component
class ChainSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ChainSchedule.class);

    private final AuditChain chain;

    ChainSchedule(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(initialDelayString = "${gelplan.audit.build-every:5s}", fixedDelayString = "${gelplan.audit.build-every:5s}")
    void follow() {
        try {
            chain.catchUp();
        } catch (RuntimeException e) {
            LOG.warn("The audit chain could not be extended now; verification will show why", e);
        }
    }
}
