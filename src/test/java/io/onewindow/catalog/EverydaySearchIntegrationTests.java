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
}
