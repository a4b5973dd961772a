package org.gelplan.reporting.audit.history;

import java.util.List;

/**
 * A page of the history in global order. {@code next} is the cursor to pass as {@code cursor} for the
 * following page (null at the end of the store); a page may hold fewer items than asked for when the
 * read budget of one request ran out before the end of the store, never more.
 */
public record HistoryPage(List<HistoryItem> items, Long next) {
}
