package org.gelplan.reporting.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control interno recomputes the whole chain: "intact, N events, head H" or the first broken link. The
 * chain covers the whole deployment, so the role suffices; the answer names event ids, never payloads.
 */
@RestController
class AuditVerifyController {

    private final AuditChain chain;
    private final Checkpoints checkpoints;
    private final MessageSource messages;

    AuditVerifyController(AuditChain chain, Checkpoints checkpoints, MessageSource messages) {
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.messages = messages;
    }

    @GetMapping("/api/v1/audit/verify")
    @PreAuthorize("hasRole('CONTROL_INTERNO')")
    VerifyAnswer verify() {
        ChainVerification result = chain.verify(checkpoints.witnessed());
        return new VerifyAnswer(result, summary(result));
    }

    private String summary(ChainVerification result) {
        var locale = LocaleContextHolder.getLocale();
        if (result.intact()) {
            return messages.getMessage("audit.verify.intact", new Object[]{result.length(), result.head()}, locale);
        }
        ChainBreak problem = result.firstBreak();
        String kind = messages.getMessage("audit.break." + problem.kind().name(), null, locale);
        return messages.getMessage("audit.verify.broken", new Object[]{kind,
                problem.position() == null ? "-" : problem.position(),
                problem.eventId() == null ? "-" : problem.eventId(), problem.detail()}, locale);
    }

    record VerifyAnswer(boolean intact, long length, String head, long notYetLinked, int checkpoints,
                        ChainBreak firstBreak, String message) {

        VerifyAnswer(ChainVerification v, String message) {
            this(v.intact(), v.length(), v.head(), v.notYetLinked(), v.checkpoints(), v.firstBreak(), message);
        }
    }
}
