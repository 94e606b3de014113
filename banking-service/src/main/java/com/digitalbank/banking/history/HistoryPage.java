package com.digitalbank.banking.history;

import java.util.List;

/** Entries newest first; {@code nextCursor} is null on the last page. */
public record HistoryPage(List<LedgerEntry> items, String nextCursor) {
}
