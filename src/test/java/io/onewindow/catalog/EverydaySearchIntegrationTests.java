package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The hit rate of everyday questions (src/test/resources/search/everyday-queries.tsv): how often the item a person
 * needs is among the first three results. The figure is printed; the test fails below 90 %.
 */
@IntegrationTest
class EverydaySearchIntegrationTests {

    @Autowired
    Catalog catalog;

    @Test
    void everydayQuestionsFindTheItemTheyNeed() throws IOException {
        String text = new ClassPathResource("search/everyday-queries.tsv").getContentAsString(StandardCharsets.UTF_8);
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            total++;
            List<String> top = catalog.search(CatalogQuery.text(parts[0])).items().stream().limit(3)
                    .map(ItemSummary::name).toList();
            if (!top.contains(parts[1])) {
                misses.add(parts[0] + " → " + top + "（应为 " + parts[1] + "）");
            }
        }
        double rate = (total - misses.size()) / (double) total;
        System.out.printf("everyday search hit rate: %d/%d = %.1f %%%n", total - misses.size(), total, rate * 100);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(total).isGreaterThanOrEqualTo(50);
        assertThat(rate).as("hit rate; misses: %s", misses).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * The search scores only entries that share a character bigram with a text (or match its sentence words): every
     * item must still be found by its whole name (first), by any two characters of its name, and by a single one.
     */
    @Test
    void everyItemIsFoundByItsNameAndByAnyPartOfIt() {
        List<ItemSummary> all = catalog.search(new CatalogQuery(null, null, null, null, null, null, 0, 100)).items();
        assertThat(all).hasSizeGreaterThan(40);
        for (ItemSummary item : all) {
            assertThat(catalog.search(CatalogQuery.text(item.name())).items().get(0).code()).as(item.name())
                    .isEqualTo(item.code());
            int[] cps = item.name().codePoints().toArray();
            for (int i = 0; i + 1 < cps.length; i += 3) {
                assertThat(codes(new String(cps, i, 2))).as("%s by %s", item.name(), new String(cps, i, 2))
                        .contains(item.code());
            }
            assertThat(codes(new String(cps, cps.length - 1, 1))).as("%s by its last character", item.name())
                    .contains(item.code());
        }
    }

    private List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        for (int page = 0; ; page++) {
            SearchPage p = catalog.search(new CatalogQuery(text, null, null, null, null, null, page, 100));
            p.items().forEach(i -> codes.add(i.code()));
            if (p.items().size() < 100) {
                return codes;
            }
        }
    }
}
