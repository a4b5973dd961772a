package org.gelplan.reporting.api;

import java.time.Instant;

/** Where the audit chain stands, for reports that print an anchor. */
public interface AuditChainHead {

    /** The head after linking every event stored before this call (catches the chain up first). */
    AuditAnchor current();

    /** The head covering exactly the events stored up to {@code instant} (e.g. a quarter's end). */
    AuditAnchor asOf(Instant instant);
}
