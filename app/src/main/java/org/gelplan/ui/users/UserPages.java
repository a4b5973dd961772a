package org.gelplan.ui.users;

import org.gelplan.core.Role;
import org.gelplan.security.users.api.ManagedUserView;
import org.gelplan.security.users.api.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** The users an ADMIN manages (SPEC §1): the list with the creation form, and one user with the re-role form. */
@Controller
class UserPages {

    private final UserAdministration users;

    UserPages(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        return showList(model);
    }

    @GetMapping("/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    String user(@PathVariable String username, Model model) {
        return showUser(model, username);
    }

    String showList(Model model) {
        model.addAttribute("users", users.users().stream().sorted(Comparator.comparing(ManagedUserView::username)).toList());
        model.addAttribute("allRoles", Role.values());
        return "users";
    }

    String showUser(Model model, String username) {
        ManagedUserView user = users.user(username);
        model.addAttribute("user", user);
        model.addAttribute("roleNames", user.roles().stream().map(Role::name).toList());
        model.addAttribute("allRoles", Role.values());
        Map<String, String[]> prefill = new HashMap<>();
        prefill.put("entities", new String[]{String.join(", ", user.entities())});
        prefill.put("email", new String[]{user.email() == null ? "" : user.email()});
        model.addAttribute("prefill", prefill);
        return "user";
    }
}
