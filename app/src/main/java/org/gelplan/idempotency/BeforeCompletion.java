package org.gelplan.idempotency;

/**
 * Called after a keyed command ran and before its idempotency record is completed: the crash window
 * of ADR 0012. The application registers none; the crash test registers one that halts the JVM there.
 */
public interface BeforeCompletion {

    /** @param recordId the record's id, {@code <user>:<Idempotency-Key>} */
    void beforeCompleting(String recordId);
}
