package org.gelplan.ui.users;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gelplan.core.Role;
import org.gelplan.security.users.api.UserAdministration;
import org.gelplan.ui.BlankFieldsAreNull;
import org.gelplan.ui.FormOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Create, re-role, set the e-mail of, disable and enable a managed user: the same rules as {@code /api/v1/users} (the
 * field constraints of its bodies, then {@link UserAdministration}); a refusal such as the last admin
 * locking themselves out is shown beside the form with the API's text.
 */
@BlankFieldsAreNull
@Controller
class UserForms {

    /** Entities are typed as DANE codes separated by commas or spaces, e.g. {@code 86001, 86568}. */
    record NewUserForm(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String username,
                       @NotNull @Size(min = 12, max = 128) String password, @NotEmpty Set<Role> roles,
                       @NotBlank @Size(max = 500) String entities, @Size(max = 254) @Email String email) {

        @Override
        public String toString() {
            return "NewUserForm[" + username + ", roles=" + roles + ", entities=" + entities + ", email=" + email + "]";
        }
    }

    /** Blank removes the address. */
    record EmailForm(@Size(max = 254) @Email String email) {
    }

    record RolesForm(@NotEmpty Set<Role> roles, @NotBlank @Size(max = 500) String entities) {
    }

    private final UserAdministration users;
    private final UserPages pages;
    private final FormOutcome outcome;

    UserForms(UserAdministration users, UserPages pages, FormOutcome outcome) {
        this.users = users;
        this.pages = pages;
        this.outcome = outcome;
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute NewUserForm form, BindingResult binding, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes done) {
        if (outcome.failed("user", binding, () -> users.create(form.username(),
                form.password(), form.roles(), entities(form.entities()), form.email()), model, locale, response)) {
            return pages.showList(model);
        }
        done.addFlashAttribute("done", outcome.message("ui.users.done.created", locale, form.username()));
        return "redirect:/users/" + form.username();
    }

    @PostMapping("/users/{username}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    String changeRoles(@PathVariable String username, @Valid @ModelAttribute RolesForm form, BindingResult binding,
                       Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        users.user(username);
        if (outcome.failed("roles", binding, () -> users.changeRoles(username,
                form.roles(), entities(form.entities())), model, locale, response)) {
            return pages.showUser(model, username);
        }
        done.addFlashAttribute("done", outcome.message("ui.users.done.roles", locale, username));
        return "redirect:/users/" + username;
    }

    @PostMapping("/users/{username}/email")
    @PreAuthorize("hasRole('ADMIN')")
    String changeEmail(@PathVariable String username, @Valid @ModelAttribute EmailForm form, BindingResult binding,
                       Model model, Locale locale, HttpServletResponse response, RedirectAttributes done) {
        users.user(username);
        if (outcome.failed("email", binding, () -> users.changeEmail(username, form.email()), model, locale, response)) {
            return pages.showUser(model, username);
        }
        done.addFlashAttribute("done", outcome.message("ui.users.done.email", locale, username));
        return "redirect:/users/" + username;
    }

    @PostMapping("/users/{username}/disablement")
    @PreAuthorize("hasRole('ADMIN')")
    String disable(@PathVariable String username, Model model, Locale locale, HttpServletResponse response,
                   RedirectAttributes done) {
        return status(username, "disable", () -> users.disable(username), model, locale, response, done);
    }

    @PostMapping("/users/{username}/enablement")
    @PreAuthorize("hasRole('ADMIN')")
    String enable(@PathVariable String username, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes done) {
        return status(username, "enable", () -> users.enable(username), model, locale, response, done);
    }

    private String status(String username, String form, Runnable change, Model model, Locale locale,
                          HttpServletResponse response, RedirectAttributes done) {
        users.user(username);
        if (!outcome.recorded(form, change, model, locale)) {
            response.setStatus(422);
            return pages.showUser(model, username);
        }
        done.addFlashAttribute("done", outcome.message("ui.users.done." + form, locale, username));
        return "redirect:/users/" + username;
    }

    private static Set<String> entities(String typed) {
        return new TreeSet<>(Arrays.stream(typed.split("[,\\s]+")).filter(entry -> !entry.isBlank()).toList());
    }
}
