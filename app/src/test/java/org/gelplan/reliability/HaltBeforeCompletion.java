package org.gelplan.reliability;

import org.gelplan.idempotency.BeforeCompletion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * ADR 0012's crash window on demand, for {@link IdempotencyCrashIntegrationTest}'s child JVM (which runs
 * on the test classpath): the request with the configured Idempotency-Key halts the JVM, as kill -9
 * would, after its command stored its events and before its record is completed.
 */
@Component
@ConditionalOnProperty(HaltBeforeCompletion.PROPERTY)
class HaltBeforeCompletion implements BeforeCompletion {

    static final String PROPERTY = "gelplan.test.halt-before-completing";

    private final String key;

    HaltBeforeCompletion(@Value("${" + PROPERTY + "}") String key) {
        this.key = key;
    }

    @Override
    public void beforeCompleting(String recordId) {
        if (recordId.endsWith(":" + key)) {
            Runtime.getRuntime().halt(137);
        }
    }
}
