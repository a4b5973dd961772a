package org.gelplan.security.users;

import jakarta.validation.Valid;
import org.gelplan.security.users.api.ManagedUserView;
import org.gelplan.security.users.api.UserAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * User administration (SPEC §1): an ADMIN creates, re-roles, disables and enables users within their own
 * scope, and sets where their reminders go (e-mail). The rules live in {@link ManagedUserAdministration},
 * which the web pages use too.
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<ManagedUserView> users() {
        return users.users();
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView user(@PathVariable String username) {
        return users.user(username);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ManagedUserView> create(@Valid @RequestBody UserRequests.NewUser request) {
        ManagedUserView created = users.create(request.username(), request.password(), request.roles(),
                request.entities(), request.email());
        return ResponseEntity.created(URI.create("/api/v1/users/" + request.username())).body(created);
    }

    @PostMapping("/{username}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView changeRoles(@PathVariable String username, @Valid @RequestBody UserRequests.Roles request) {
        return users.changeRoles(username, request.roles(), request.entities());
    }

    @PostMapping("/{username}/email")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView changeEmail(@PathVariable String username, @Valid @RequestBody UserRequests.EmailAddress request) {
        return users.changeEmail(username, request.email());
    }

    @PostMapping("/{username}/disablement")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView disable(@PathVariable String username) {
        return users.disable(username);
    }

    @PostMapping("/{username}/enablement")
    @PreAuthorize("hasRole('ADMIN')")
    ManagedUserView enable(@PathVariable String username) {
        return users.enable(username);
    }

    @PostMapping("/{username}/password")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> setPassword(@PathVariable String username, @Valid @RequestBody UserRequests.Password request) {
        users.setPassword(username, request.password());
        return ResponseEntity.noContent().build();
    }
}
