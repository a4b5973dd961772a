package org.gelplan.security.users;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.axon.AxonProperties;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.OutOfScope;
import org.gelplan.core.QueryResults;
import org.gelplan.core.Role;
import org.gelplan.security.users.api.ChangeUserEmail;
import org.gelplan.security.users.api.ChangeUserRoles;
import org.gelplan.security.users.api.CreateUser;
import org.gelplan.security.users.api.DisableUser;
import org.gelplan.security.users.api.EnableUser;
import org.gelplan.security.users.api.ManagedUserView;
import org.gelplan.security.users.api.RecordPasswordChange;
import org.gelplan.security.users.api.UserAdministration;
import org.gelplan.security.users.api.UserRuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link UserAdministration}: the one path of user administration, for the REST controller and the pages alike. */
@Component
class ManagedUserAdministration implements UserAdministration {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PasswordEncoder encoder;
    private final UserCredentialsRepository credentials;
    private final Administrators administrators;
    private final Clock clock;
    private final ProjectionCatchUp projections;
    private final AxonProperties axon;

    ManagedUserAdministration(CommandGateway commands, QueryGateway queries, PasswordEncoder encoder,
                              UserCredentialsRepository credentials, Administrators administrators, Clock clock,
                              ProjectionCatchUp projections, AxonProperties axon) {
        this.commands = commands;
        this.queries = queries;
        this.encoder = encoder;
        this.credentials = credentials;
        this.administrators = administrators;
        this.clock = clock;
        this.projections = projections;
        this.axon = axon;
    }

    @Override
    public List<ManagedUserView> users() {
        return QueryResults.await(queries.query(new ManagedUserProjection.ListManagedUsers(),
                ResponseTypes.multipleInstancesOf(ManagedUserView.class))).stream()
                .filter(user -> Grants.covered(user.entities()))
                .toList();
    }

    @Override
    public ManagedUserView user(String username) {
        return managed(username);
    }

    @Override
    public ManagedUserView create(String username, String password, Set<Role> roles, Set<String> entities,
                                  String email) {
        Grants.require(entities);
        if (administrators.knownElsewhere(username)) {
            throw UserRuleViolation.alreadyExists(username);
        }
        try {
            commands.sendAndWait(new CreateUser(username, roles, entities, email));
        } catch (AggregateStreamCreationException taken) {
            throw UserRuleViolation.alreadyExists(username);
        }
        credentials.save(new UserCredentials(username, encoder.encode(password), clock.instant()));
        return updated(username);
    }

    @Override
    public ManagedUserView changeEmail(String username, String email) {
        managed(username);
        commands.sendAndWait(new ChangeUserEmail(username, email));
        return updated(username);
    }

    @Override
    public ManagedUserView changeRoles(String username, Set<Role> roles, Set<String> entities) {
        managed(username);
        Grants.require(entities);
        commands.sendAndWait(new ChangeUserRoles(username, roles, entities, administrators.enabledBesides(username)));
        return updated(username);
    }

    @Override
    public ManagedUserView disable(String username) {
        managed(username);
        commands.sendAndWait(new DisableUser(username, administrators.enabledBesides(username)));
        return updated(username);
    }

    @Override
    public ManagedUserView enable(String username) {
        managed(username);
        commands.sendAndWait(new EnableUser(username));
        return updated(username);
    }

    @Override
    public void setPassword(String username, String password) {
        managed(username);
        commands.sendAndWait(new RecordPasswordChange(username));
        credentials.save(new UserCredentials(username, encoder.encode(password), clock.instant()));
    }

    /** The user as the read model holds them once it has caught up with the command just sent. */
    private ManagedUserView updated(String username) {
        projections.awaitHead(axon.readYourWrites());
        return managed(username);
    }

    /** The managed user, if the admin's scope covers every entity they act for; else 404 (or 403). */
    private ManagedUserView managed(String username) {
        ManagedUserView user = (username != null && UserRules.USERNAME.matcher(username).matches()
                ? QueryResults.await(queries.query(new ManagedUserProjection.FindManagedUser(username),
                        ResponseTypes.optionalInstanceOf(ManagedUserView.class)))
                : Optional.<ManagedUserView>empty())
                .orElseThrow(() -> UserRuleViolation.notFound(username));
        Grants.require(user.entities());
        return user;
    }

    /** An admin grants and manages only entities inside their own scope; only a national admin grants {@code *}. */
    static final class Grants {

        private Grants() {
        }

        static boolean covered(Set<String> entities) {
            return entities.stream().allMatch(entry -> entry.equals("*")
                    ? CurrentScope.get().isNational() : CurrentScope.get().covers(entry));
        }

        static void require(Set<String> entities) {
            for (String entry : UserRules.requireEntities(entities)) {
                if (!covered(Set.of(entry))) {
                    throw new OutOfScope(entry);
                }
            }
        }
    }
}
