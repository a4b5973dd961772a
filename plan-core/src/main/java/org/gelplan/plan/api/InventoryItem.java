package org.gelplan.plan.api;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One procedure or service of an entity's inventory as it stands after a change. A flag is its date:
 * published on the website, automated, or offered on line since that day; {@code null} means not (yet).
 *
 * @param code     the entity's own code for it, e.g. {@code T-001} (letters, digits, {@code .-_})
 * @param office   the dependencia that runs it
 * @param listedOn the day it entered the inventory (it counts in the percentages from then on)
 */
public record InventoryItem(String code, InventoryItemKind kind, String name, String office, LocalDate listedOn,
                            LocalDate publishedOn, LocalDate automatedOn, LocalDate onlineOn) {

    public static final String CODE_REGEXP = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
    private static final Pattern CODE = Pattern.compile(CODE_REGEXP);

    public InventoryItem {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("An inventory code is 1-40 letters, digits, '.', '-' or '_': " + code);
        }
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public boolean publishedBy(LocalDate day) {
        return publishedOn != null && !publishedOn.isAfter(day);
    }

    public boolean automatedBy(LocalDate day) {
        return automatedOn != null && !automatedOn.isAfter(day);
    }

    public boolean onlineBy(LocalDate day) {
        return onlineOn != null && !onlineOn.isAfter(day);
    }
}
