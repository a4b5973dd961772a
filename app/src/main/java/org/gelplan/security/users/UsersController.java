package org.gelplan.security.users;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.axon.AxonProperties;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.OutOfScope;
import org.gelplan.core.QueryResults;
import org.gelplan.security.users.api.ChangeUserRoles;
import org.gelplan.security.users.api.CreateUser;
import org.gelplan.security.users.api.DisableUser;
import org.gelplan.security.users.api.EnableUser;
import org.gelplan.security.users.api.ManagedUserView;
import org.gelplan.security.users.api.RecordPasswordChange;
import org.gelplan.security.users.api.UserRuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User administration (SPEC §1): an ADMIN creates, re-roles, disables and enables users within their own scope. */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PasswordEncoder encoder;
    private final UserCredentialsRepository credentials;
    private final Administrators administrators;
    private final Clock clock;
    private final ProjectionCatchUp projections;
    private final AxonProperties axon;

    UsersController(CommandGateway commands, QueryGateway queries, PasswordEncoder encoder,
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

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<ManagedUserView> users() {
        return QueryResults.await(queries.query(new ManagedUserProjection.ListManagedUsers(),
                ResponseTypes.multipleInstancesOf(ManagedUserView.class))).stream()
                .filter(user -> Grants.covered(user.entities()))
                .toList();
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView user(@PathVariable String username) {
        return managed(username);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ManagedUserView> create(@Valid @RequestBody UserRequests.NewUser request) {
        Grants.require(request.entities());
        if (administrators.knownElsewhere(request.username())) {
            throw UserRuleViolation.alreadyExists(request.username());
        }
        try {
            commands.sendAndWait(new CreateUser(request.username(), request.roles(), request.entities()));
        } catch (AggregateStreamCreationException taken) {
            throw UserRuleViolation.alreadyExists(request.username());
        }
        credentials.save(new UserCredentials(request.username(), encoder.encode(request.password()), clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + request.username())).body(updated(request.username()));
    }

    @PostMapping("/{username}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView changeRoles(@PathVariable String username, @Valid @RequestBody UserRequests.Roles request) {
        managed(username);
        Grants.require(request.entities());
        commands.sendAndWait(new ChangeUserRoles(username, request.roles(), request.entities(),
                administrators.enabledBesides(username)));
        return updated(username);
    }

    @PostMapping("/{username}/disablement")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView disable(@PathVariable String username) {
        managed(username);
        commands.sendAndWait(new DisableUser(username, administrators.enabledBesides(username)));
        return updated(username);
    }

    @PostMapping("/{username}/enablement")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView enable(@PathVariable String username) {
        managed(username);
        commands.sendAndWait(new EnableUser(username));
        return updated(username);
    }

    @PostMapping("/{username}/password")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> setPassword(@PathVariable String username, @Valid @RequestBody UserRequests.Password request) {
        managed(username);
        commands.sendAndWait(new RecordPasswordChange(username));
        credentials.save(new UserCredentials(username, encoder.encode(request.password()), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    /** The user as the read model holds them once it has caught up with the command just sent. */
    private ManagedUserView updated(String username) {
        projections.awaitHead(axon.readYourWrites());
        return managed(username);
    }

    /** The managed user, if the admin's scope covers every entity they act for; else 404 (or 403). */
    private ManagedUserView managed(String username) {
        ManagedUserView user = (UserRules.USERNAME.matcher(username).matches()
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
