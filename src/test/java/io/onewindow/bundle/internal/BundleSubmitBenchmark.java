package io.onewindow.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import io.onewindow.casework.BundleMembers;
import io.onewindow.casework.CaseStatus;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A five-item bundle submitted (merged form, five member cases created, filled, pre-checked and submitted — three
 * of them 秒批, so three processes started and decided) against the same five items submitted one case at a time,
 * same run, alternating rounds. Goal (issue 18): bundles/s ≥ 0.15 × single cases/s, i.e. a bundle costs no more
 * than its five cases plus a third. Not part of the suite (no *Tests suffix); run with {@code bench/bundle.sh}.
 */
@IntegrationTest
class BundleSubmitBenchmark {

    private static final int ROUNDS = 3;
    private static final int BUNDLES_PER_ROUND = 20;
    private static final List<String> ITEMS = List.of("城乡居民基本养老保险参保登记", "城乡居民基本医疗保险参保登记", "异地就医备案",
            "灵活就业人员参保登记", "城镇职工基本养老保险关系转移接续");
    private static final Map<String, String> FORM = Map.of("phone", "13800000001", "grade", "500", "destination", "重庆市",
            "kind", "异地长期居住", "occupation", "新就业形态", "fromRegion", "重庆市");

    @Autowired
    BundleDefinitions definitions;

    @Autowired
    BundleCases bundles;

    @Autowired
    BundleMembers members;

    @Autowired
    Catalog catalog;

    @Autowired
    UserDetailsService users;

    @Test
    void aFiveItemBundleAgainstFiveSingleCases() {
        List<BundleDefinition.Member> five = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            String name = ITEMS.get(i);
            String code = catalog.search(CatalogQuery.text(name)).items().stream()
                    .filter(s -> s.name().equals(name)).findFirst().orElseThrow().code();
            five.add(new BundleDefinition.Member(i, code, ITEMS.get(i), null, List.of(), false, false));
        }
        definitions.publish(new BundleDefinition(UUID.randomUUID(), "BENCH-5", 0, "基准一件事", BundleDefinition.Kind.LIFE,
                "社保", "基准测试", "基准测试", "基准测试", null, five), "bench");
        var details = users.loadUserByUsername("zhangsan");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        double singleTotal = 0;
        double bundleTotal = 0;
        for (int round = 0; round < ROUNDS + 1; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < BUNDLES_PER_ROUND * ITEMS.size(); i++) {
                UUID c = members.draft(five.get(i % five.size()).itemCode());
                members.fill(c, FORM);
                members.fetchShared(c);
                assertThat(members.submit(c, "bench-single-" + c).status()).isNotEqualTo(CaseStatus.DRAFT);
            }
            double single = BUNDLES_PER_ROUND * ITEMS.size() / ((System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            for (int i = 0; i < BUNDLES_PER_ROUND; i++) {
                UUID b = bundles.start("BENCH-5", Set.of());
                bundles.fill(b, FORM);
                bundles.submit(b);
            }
            double bundle = BUNDLES_PER_ROUND / ((System.nanoTime() - t1) / 1e9);
            if (round > 0) { // round 0 warms up
                singleTotal += single;
                bundleTotal += bundle;
                System.out.printf("round %d: single cases %.1f/s, five-item bundles %.1f/s, ratio %.2f%n", round, single,
                        bundle, bundle / single);
            }
        }
        System.out.printf("BUNDLE SUBMIT: %.1f five-item bundles/s, %.1f single cases/s; ratio %.2f (goal ≥ 0.15; 0.20 = "
                + "exactly five cases' cost)%n", bundleTotal / ROUNDS, singleTotal / ROUNDS, bundleTotal / singleTotal);
        SecurityContextHolder.clearContext();
    }
}
