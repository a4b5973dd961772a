package org.gelplan.security;

import static org.gelplan.core.AuditMetaData.ACTOR;
import static org.gelplan.core.AuditMetaData.ACTOR_ROLES;
import static org.gelplan.core.AuditMetaData.CORRELATION_ID;
import static org.gelplan.core.AuditMetaData.REQUEST_ID;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.web.RequestIds;

/**
 * The {@link AuditMetaData} a message lacks: the signed-in user and their roles, and the request and
 * correlation ids of the HTTP request (fresh ones outside a request). Keys already present are kept.
 */
final class AuditStamp {

    private AuditStamp() {
    }

    static Map<String, Object> missingFrom(MetaData present, String messageName) {
        Map<String, Object> missing = new HashMap<>();
        if (!hasText(present, ACTOR)) {
            Actor actor = CurrentActor.get().orElseThrow(() -> new MissingActor(messageName));
            missing.put(ACTOR, actor.userId());
            missing.put(ACTOR_ROLES, AuditMetaData.rolesText(actor.roles()));
        } else if (!present.containsKey(ACTOR_ROLES)) {
            missing.put(ACTOR_ROLES, "");
        }
        Optional<RequestIds> request = RequestIds.current();
        String requestId = hasText(present, REQUEST_ID)
                ? present.get(REQUEST_ID).toString()
                : request.map(RequestIds::requestId).orElseGet(() -> UUID.randomUUID().toString());
        if (!hasText(present, REQUEST_ID)) {
            missing.put(REQUEST_ID, requestId);
        }
        if (!hasText(present, CORRELATION_ID)) {
            missing.put(CORRELATION_ID, request.map(RequestIds::correlationId).orElse(requestId));
        }
        return missing;
    }

    private static boolean hasText(MetaData metaData, String key) {
        return metaData.get(key) instanceof String value && !value.isBlank();
    }
}
