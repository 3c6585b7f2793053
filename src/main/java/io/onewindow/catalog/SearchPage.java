package io.onewindow.catalog;

import java.util.List;

public record SearchPage(List<ItemSummary> items, long total, int page, int size) {
}
