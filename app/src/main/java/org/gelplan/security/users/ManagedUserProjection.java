package org.gelplan.security.users;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.core.AuditMetaData;
import org.gelplan.security.users.api.ManagedUserView;
import org.gelplan.security.users.api.UserCreated;
import org.gelplan.security.users.api.UserDisabled;
import org.gelplan.security.users.api.UserEmailChanged;
import org.gelplan.security.users.api.UserEnabled;
import org.gelplan.security.users.api.UserRolesChanged;
import org.springframework.stereotype.Component;

/**
 * Managed users as sign-in reads them: one document per user, upserted by each event (so a second
 * delivery changes nothing), rebuilt from the events on reset. Credentials are not part of it.
 */
@Component
@ProcessingGroup(ManagedUserProjection.GROUP)
class ManagedUserProjection {

    static final String GROUP = "managed-users";

    /** Asks for one managed user. */
    record FindManagedUser(String username) {
    }

    /** Asks for every managed user. */
    record ListManagedUsers() {
    }

    private final ManagedUserRepository users;

    ManagedUserProjection(ManagedUserRepository users) {
        this.users = users;
    }

    @EventHandler
    void on(UserCreated event, @Timestamp Instant at, MetaData metaData) {
        String by = AuditMetaData.actorOf(metaData);
        users.save(new ManagedUserDocument(event.username(), event.roles(), event.entities(), true, event.email(),
                at, by, at, by));
    }

    @EventHandler
    void on(UserEmailChanged event, @Timestamp Instant at, MetaData metaData) {
        users.findById(event.username()).ifPresent(user -> users.save(user.withEmail(event.email(), at,
                AuditMetaData.actorOf(metaData))));
    }

    @EventHandler
    void on(UserRolesChanged event, @Timestamp Instant at, MetaData metaData) {
        users.findById(event.username()).ifPresent(user -> users.save(user.changed(event.roles(), event.entities(),
                user.enabled(), at, AuditMetaData.actorOf(metaData))));
    }

    @EventHandler
    void on(UserDisabled event, @Timestamp Instant at, MetaData metaData) {
        users.findById(event.username()).ifPresent(user -> users.save(user.changed(user.roles(), user.entities(),
                false, at, AuditMetaData.actorOf(metaData))));
    }

    @EventHandler
    void on(UserEnabled event, @Timestamp Instant at, MetaData metaData) {
        users.findById(event.username()).ifPresent(user -> users.save(user.changed(user.roles(), user.entities(),
                true, at, AuditMetaData.actorOf(metaData))));
    }

    @ResetHandler
    void reset() {
        users.deleteAll();
    }

    @QueryHandler
    Optional<ManagedUserView> handle(FindManagedUser query) {
        return users.findById(query.username()).map(ManagedUserDocument::view);
    }

    @QueryHandler
    List<ManagedUserView> handle(ListManagedUsers query) {
        return users.findAll().stream().map(ManagedUserDocument::view)
                .sorted(Comparator.comparing(ManagedUserView::username)).toList();
    }
}
