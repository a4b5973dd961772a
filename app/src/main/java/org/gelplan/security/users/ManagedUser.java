package org.gelplan.security.users;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.core.Role;
import org.gelplan.security.users.api.ChangeUserEmail;
import org.gelplan.security.users.api.ChangeUserRoles;
import org.gelplan.security.users.api.CreateUser;
import org.gelplan.security.users.api.DisableUser;
import org.gelplan.security.users.api.EnableUser;
import org.gelplan.security.users.api.RecordPasswordChange;
import org.gelplan.security.users.api.UserCreated;
import org.gelplan.security.users.api.UserDisabled;
import org.gelplan.security.users.api.UserEmailChanged;
import org.gelplan.security.users.api.UserEnabled;
import org.gelplan.security.users.api.UserPasswordChanged;
import org.gelplan.security.users.api.UserRolesChanged;
import org.gelplan.security.users.api.UserRuleViolation;

/**
 * A user an ADMIN manages at run time: created enabled, re-roled, disabled and enabled again, never
 * deleted. The last enabled administrator cannot disable themselves or give up ADMIN.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class ManagedUser {

    @AggregateIdentifier
    private String username;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled;
    private String email;

    ManagedUser() {
        // for Axon
    }

    @CommandHandler
    ManagedUser(CreateUser command, MetaData metaData) {
        UserRules.requireAdmin(metaData);
        UserRules.requireUsername(command.username());
        apply(new UserCreated(command.username(), UserRules.requireRoles(command.roles()),
                UserRules.requireEntities(command.entities()), UserRules.requireEmail(command.email())));
    }

    /** Records nothing when the address is the one they already have. */
    @CommandHandler
    void handle(ChangeUserEmail command, MetaData metaData) {
        UserRules.requireAdmin(metaData);
        String newEmail = UserRules.requireEmail(command.email());
        if (!Objects.equals(email, newEmail)) {
            apply(new UserEmailChanged(username, newEmail));
        }
    }

    @CommandHandler
    void handle(ChangeUserRoles command, MetaData metaData) {
        UserRules.requireAdmin(metaData);
        Set<Role> newRoles = UserRules.requireRoles(command.roles());
        if (enabled && roles.contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
            requireAnotherAdmin(metaData, command.otherEnabledAdmins());
        }
        apply(new UserRolesChanged(username, newRoles, UserRules.requireEntities(command.entities())));
    }

    @CommandHandler
    void handle(DisableUser command, MetaData metaData) {
        UserRules.requireAdmin(metaData);
        if (!enabled) {
            throw new UserRuleViolation(Kind.CONFLICT, "user.already-disabled", username);
        }
        if (roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(metaData, command.otherEnabledAdmins());
        }
        apply(new UserDisabled(username));
    }

    @CommandHandler
    void handle(EnableUser command, MetaData metaData) {
        UserRules.requireAdmin(metaData);
        if (enabled) {
            throw new UserRuleViolation(Kind.CONFLICT, "user.already-enabled", username);
        }
        apply(new UserEnabled(username));
    }

    @CommandHandler
    void handle(RecordPasswordChange command, MetaData metaData) {
        UserRules.requireAdmin(metaData);
        apply(new UserPasswordChanged(username));
    }

    /** Only when the admin acts on themselves: another admin may always be disabled by one who stays. */
    private void requireAnotherAdmin(MetaData metaData, int otherEnabledAdmins) {
        if (username.equals(AuditMetaData.actorOf(metaData)) && otherEnabledAdmins < 1) {
            throw new UserRuleViolation(Kind.CONFLICT, "user.last-admin", username);
        }
    }

    @EventSourcingHandler
    void on(UserCreated event) {
        username = event.username();
        roles = EnumSet.copyOf(event.roles());
        enabled = true;
        email = event.email();
    }

    @EventSourcingHandler
    void on(UserEmailChanged event) {
        email = event.email();
    }

    @EventSourcingHandler
    void on(UserRolesChanged event) {
        roles = EnumSet.copyOf(event.roles());
    }

    @EventSourcingHandler
    void on(UserDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(UserEnabled event) {
        enabled = true;
    }
}
