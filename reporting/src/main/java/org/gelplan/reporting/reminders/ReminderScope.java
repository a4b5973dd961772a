package org.gelplan.reporting.reminders;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.EntityScope;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.ListPlanSummaries;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.api.ReminderAddressBook;
import org.gelplan.reporting.api.ReminderAddressee;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Whom reminders can reach now, and so which entities the sweeps look at: the users of the address book
 * that some reminder concerns ({@link ReminderAudience}), and the configured recipients.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ReminderScope {

    private final ObjectProvider<ReminderAddressBook> addressBook;
    private final ReminderProperties properties;
    private final QueryGateway queries;

    ReminderScope(ObjectProvider<ReminderAddressBook> addressBook, ReminderProperties properties, QueryGateway queries) {
        this.addressBook = addressBook;
        this.properties = properties;
        this.queries = queries;
    }

    /** Enabled users with an address and a role some reminder concerns. */
    List<ReminderAddressee> addressees() {
        ReminderAddressBook book = addressBook.getIfAvailable();
        return book == null ? List.of() : book.addressees().stream()
                .filter(user -> ReminderAudience.remindable(user.roles())).toList();
    }

    /** The plans of every entity someone would be reminded about. */
    List<PlanSummary> plans() {
        Set<String> entries = new TreeSet<>();
        addressees().forEach(user -> entries.addAll(user.scope().entries()));
        properties.recipients().forEach(recipient -> entries.add(recipient.entity()));
        return entries.isEmpty() ? List.of() : QueryResults.await(queries.query(
                new ListPlanSummaries(new EntityScope(entries)), ResponseTypes.multipleInstancesOf(PlanSummary.class)));
    }

    /** The entities (DANE codes) of those plans, and those of the configured recipients. */
    Set<String> entities() {
        return new TreeSet<>(Stream.concat(plans().stream().map(plan -> new PlanId(plan.planId()).daneCode()),
                properties.recipients().stream().map(ReminderProperties.Recipient::entity)).toList());
    }
}
