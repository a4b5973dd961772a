package org.gelplan.security.users;

import java.util.List;
import org.gelplan.core.EntityScope;
import org.gelplan.reporting.api.ReminderAddressBook;
import org.gelplan.reporting.api.ReminderAddressee;
import org.springframework.stereotype.Component;

/**
 * The managed users reminders may go to: enabled ones with an e-mail address, with their roles and
 * entities as the read model holds them now (a user disabled or re-roled gets the next reminder
 * accordingly). Configured and demo users have no address and get none.
 */
@Component
class ManagedUserAddressBook implements ReminderAddressBook {

    private final ManagedUserRepository users;

    ManagedUserAddressBook(ManagedUserRepository users) {
        this.users = users;
    }

    @Override
    public List<ReminderAddressee> addressees() {
        return users.findAll().stream()
                .filter(user -> user.enabled() && user.email() != null)
                .map(user -> new ReminderAddressee(user.username(), user.email(), user.roles(),
                        new EntityScope(user.entities())))
                .toList();
    }
}
