package io.onewindow.demo;

import io.onewindow.identity.NewCitizen;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.SizeClass;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Leshan-looking names, industries and sizes for demo citizens and enterprises. */
final class DemoPeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉建国志红";
    private static final List<String> TRADE_NAMES = List.of("嘉州", "凌云", "峨眉", "大佛", "沫若", "三江", "苏稽",
            "犍为", "夹江", "沐川", "五通", "金口", "马边", "峨边", "井研", "沙湾", "绿心", "青衣", "岷江", "乌尤");
    /** GB/T 4754 code, business word, and the size classes that fit it. */
    private record Line(String industry, String word, SizeClass[] sizes) {
    }

    private static final List<Line> LINES = List.of(
            new Line("C3985", "硅材料", new SizeClass[] {SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL}),
            new Line("C2614", "化工", new SizeClass[] {SizeClass.MEDIUM, SizeClass.SMALL}),
            new Line("C1530", "茶业", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("C3011", "水泥建材", new SizeClass[] {SizeClass.MEDIUM, SizeClass.SMALL}),
            new Line("H6210", "餐饮管理", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("H6110", "酒店管理", new SizeClass[] {SizeClass.MEDIUM, SizeClass.SMALL, SizeClass.MICRO}),
            new Line("F5221", "商贸", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("F5123", "农产品", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("I6513", "软件科技", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("E4700", "建筑工程", new SizeClass[] {SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL}),
            new Line("R8720", "文化旅游", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("A0141", "农业开发", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("G5430", "运输", new SizeClass[] {SizeClass.SMALL, SizeClass.MICRO}),
            new Line("Q8411", "医疗", new SizeClass[] {SizeClass.MEDIUM, SizeClass.SMALL}),
            new Line("K7010", "房地产开发", new SizeClass[] {SizeClass.MEDIUM, SizeClass.SMALL}));

    private DemoPeople() {
    }

    static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
    }

    static NewCitizen citizen(Random random, int i) {
        String region = DemoDataLoader.COUNTY_CODES.get(i % DemoDataLoader.COUNTY_CODES.size());
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        return new NewCitizen(name(random), SyntheticIdentities.residentId(region, birth, 100 + i), phone);
    }

    static NewEnterprise enterprise(Random random, int i) {
        Line line = LINES.get(i % LINES.size());
        String trade = TRADE_NAMES.get(random.nextInt(TRADE_NAMES.size()));
        boolean individual = line.sizes()[line.sizes().length - 1] == SizeClass.MICRO && i % 7 == 0;
        String region = i % 3 == 0 ? "511100" : DemoDataLoader.COUNTY_CODES.get(i % DemoDataLoader.COUNTY_CODES.size());
        String code = SyntheticIdentities.creditCode(individual ? "92" : "91", region, 20230000L + i * 7919L);
        String name = individual ? "乐山市" + trade + line.word() + "经营部（个体工商户）"
                : "乐山" + trade + line.word() + (i % 5 == 0 ? "股份有限公司" : "有限公司") + (i > 100 ? "（" + i + "）" : "");
        SizeClass size = individual ? SizeClass.MICRO : line.sizes()[random.nextInt(line.sizes().length)];
        LocalDate established = LocalDate.of(1998, 1, 1).plusDays(random.nextInt(365 * 25));
        return new NewEnterprise(code, name, name(random), line.industry(), size, established);
    }
}
