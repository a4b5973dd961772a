package org.gelplan.reporting.reminders;

import org.gelplan.core.Role;
import org.gelplan.reporting.api.ReminderAddressee;
import org.gelplan.reporting.api.ReminderKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is reminded of what (SPEC §1), the one place of that rule. A user gets a reminder of a kind about
 * an entity when one of their roles is concerned by that kind and their entity scope covers the entity
 * (a department or {@code *} scope covers its municipalities). Configured recipients of that entity that
 * want the kind get it as well; each address once, however many ways it qualifies.
 * <ul>
 * <li>deadlines approaching and missed: the committee (leader and members), who record fulfilments;</li>
 * <li>meetings scheduled: the committee and control interno, whose responsible sits on it (SPEC §2,
 * section D);</li>
 * <li>decisions due and overdue: the committee leader and members — a decision's responsible is a
 * committee appointment ({@code 86001-M03}), not a user, so it cannot be resolved to an address; the
 * e-mail names them;</li>
 * <li>quarterly report due: the author, who drafts and submits it; late: the author and planning, who
 * receives it (Art. 2 and 3).</li>
 * </ul>
 * EDITOR and ADMIN get no reminders, nor CONTROL_INTERNO besides meetings: nothing here waits on them.
 */
final class ReminderAudience {

    private static final Map<ReminderKind, Set<Role>> CONCERNED = concerned();

    private ReminderAudience() {
    }

    /** The roles a reminder of this kind concerns. */
    static Set<Role> rolesConcernedBy(ReminderKind kind) {
        return CONCERNED.get(kind);
    }

    /** Whether some reminder concerns a user with these roles. */
    static boolean remindable(Set<Role> roles) {
        return CONCERNED.values().stream().anyMatch(concerned -> roles.stream().anyMatch(concerned::contains));
    }

    /** Whether this user gets reminders of this kind about this entity. */
    static boolean concerns(ReminderAddressee user, ReminderKind kind, String entityCode) {
        return user.email() != null && user.scope().covers(entityCode)
                && user.roles().stream().anyMatch(rolesConcernedBy(kind)::contains);
    }

    /** The addresses a reminder goes to, users first, each address once (compared without case). */
    static List<String> recipients(ReminderKind kind, String entityCode, List<ReminderAddressee> users,
                                   List<ReminderProperties.Recipient> configured) {
        Map<String, String> addresses = new LinkedHashMap<>();
        users.stream().filter(user -> concerns(user, kind, entityCode))
                .forEach(user -> addresses.putIfAbsent(user.email().toLowerCase(Locale.ROOT), user.email()));
        configured.stream().filter(recipient -> recipient.wants(entityCode, kind))
                .forEach(recipient -> addresses.putIfAbsent(recipient.email().toLowerCase(Locale.ROOT), recipient.email()));
        return new ArrayList<>(addresses.values());
    }

    private static Map<ReminderKind, Set<Role>> concerned() {
        Set<Role> committee = EnumSet.of(Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER);
        Map<ReminderKind, Set<Role>> map = new EnumMap<>(ReminderKind.class);
        map.put(ReminderKind.DEADLINE_APPROACHING, committee);
        map.put(ReminderKind.DEADLINE_MISSED, committee);
        map.put(ReminderKind.MEETING_SCHEDULED, EnumSet.of(Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER,
                Role.CONTROL_INTERNO));
        map.put(ReminderKind.DECISION_DUE, committee);
        map.put(ReminderKind.DECISION_OVERDUE, committee);
        map.put(ReminderKind.REPORT_DUE, EnumSet.of(Role.AUTHOR));
        map.put(ReminderKind.REPORT_LATE, EnumSet.of(Role.AUTHOR, Role.PLANNING));
        return Map.copyOf(map);
    }
}
