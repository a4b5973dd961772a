package org.gelplan.reporting.api;

import java.util.List;

/**
 * Where reminders find their people: the application's user administration offers its enabled users
 * that have an e-mail address. Without one, reminders go to the configured recipients only.
 */
public interface ReminderAddressBook {

    /** Enabled users with an e-mail address; never disabled ones. */
    List<ReminderAddressee> addressees();
}
