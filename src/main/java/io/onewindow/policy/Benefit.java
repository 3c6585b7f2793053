package io.onewindow.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How much an eligible enterprise receives (元): a fixed amount, an amount per employee, a percentage of a fact in
 * 万元, or tiers by a fact; per-employee and percentage benefits may be capped. JSON form in docs/policy.md.
 */
public sealed interface Benefit {

    /** 固定金额. */
    record Fixed(BigDecimal amount) implements Benefit {
    }

    /** 按从业人数: amount × employees, at most cap (null = no cap). */
    record PerEmployee(BigDecimal amount, BigDecimal cap) implements Benefit {
    }

    /** 按比例: rate % of a fact in 万元, at most cap (null = no cap). */
    record Percent(Fact fact, BigDecimal rate, BigDecimal cap) implements Benefit {
    }

    /** 分档: the amount of the highest tier whose lower bound the fact reaches; below every tier nothing. */
    record Tiers(Fact fact, List<Tier> tiers) implements Benefit {
    }

    record Tier(BigDecimal from, BigDecimal amount) {
    }

    /** The amount with how it was reached ("从业人数 25人 × 1000元 = 25000元"). */
    record Amount(BigDecimal yuan, String explanation) {
    }

    BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The amount alone (元, two decimals), for bulk matching; {@link #amount} explains the same figure. */
    default BigDecimal yuan(Function<Fact, Object> facts) {
        BigDecimal out;
        if (this instanceof Fixed f) {
            out = f.amount();
        } else if (this instanceof PerEmployee p) {
            BigDecimal employees = number(facts.apply(Fact.EMPLOYEES));
            out = employees == null ? BigDecimal.ZERO : min(p.amount().multiply(employees), p.cap());
        } else if (this instanceof Percent p) {
            BigDecimal base = number(facts.apply(p.fact()));
            out = base == null ? BigDecimal.ZERO : min(percent(base, p.rate()), p.cap());
        } else {
            Tiers t = (Tiers) this;
            BigDecimal value = number(facts.apply(t.fact()));
            out = BigDecimal.ZERO;
            for (Tier tier : t.tiers()) {
                if (value != null && value.compareTo(tier.from()) >= 0) {
                    out = tier.amount();
                }
            }
        }
        return out.setScale(2, RoundingMode.HALF_UP);
    }

    /** @param facts the enterprise's facts (null where missing) */
    default Amount amount(Function<Fact, Object> facts) {
        BigDecimal yuan = yuan(facts);
        if (this instanceof Fixed) {
            return new Amount(yuan, "固定金额 " + yuan(yuan));
        }
        Fact fact = this instanceof PerEmployee ? Fact.EMPLOYEES : this instanceof Percent p ? p.fact() : ((Tiers) this).fact();
        BigDecimal value = number(facts.apply(fact));
        if (value == null) {
            return new Amount(yuan, "缺少数据：" + fact.label());
        }
        String shown = fact.label() + " " + plain(value) + fact.unit();
        if (this instanceof PerEmployee p) {
            return new Amount(yuan, capped(shown + " × " + yuan(p.amount()), p.amount().multiply(value), p.cap()));
        }
        if (this instanceof Percent p) {
            return new Amount(yuan, capped(shown + " × " + plain(p.rate()) + "%", percent(value, p.rate()), p.cap()));
        }
        Tier reached = null;
        for (Tier tier : ((Tiers) this).tiers()) {
            reached = value.compareTo(tier.from()) >= 0 ? tier : reached;
        }
        if (reached == null) {
            return new Amount(yuan, shown + " 未达最低档 " + plain(((Tiers) this).tiers().get(0).from()) + fact.unit());
        }
        return new Amount(yuan, shown + " ≥ " + plain(reached.from()) + fact.unit() + "，档位金额 " + yuan(yuan));
    }

    /** In words, for the policy pages ("每名从业人员 1000元，封顶 200000元"). */
    default String describe() {
        if (this instanceof Fixed f) {
            return "每户 " + yuan(f.amount());
        }
        if (this instanceof PerEmployee p) {
            return "每名从业人员 " + yuan(p.amount()) + (p.cap() == null ? "" : "，每户封顶 " + yuan(p.cap()));
        }
        if (this instanceof Percent p) {
            return p.fact().label() + "的 " + plain(p.rate()) + "%" + (p.cap() == null ? "" : "，每户封顶 " + yuan(p.cap()));
        }
        Tiers t = (Tiers) this;
        return "按" + t.fact().label() + "分档：" + String.join("；", t.tiers().stream().map(x -> "≥ " + plain(x.from())
                + t.fact().unit() + " " + yuan(x.amount())).toList());
    }

    /** Reads and checks the JSON form; mistakes name their place, like rules ("兑现标准.cap：…"). */
    static Benefit parse(Object tree) {
        String path = "兑现标准";
        if (!(tree instanceof Map<?, ?> map)) {
            throw new RuleParser.InvalidRule(path, "应为对象，如 {\"type\":\"FIXED\",\"amount\":50000}");
        }
        String type = String.valueOf(map.get("type"));
        return switch (type) {
            case "FIXED" -> new Fixed(money(map.get("amount"), path + ".amount", true));
            case "PER_EMPLOYEE" -> new PerEmployee(money(map.get("amount"), path + ".amount", true),
                    map.get("cap") == null ? null : money(map.get("cap"), path + ".cap", true));
            case "PERCENT" -> {
                Fact fact = amountFact(map.get("fact"), path + ".fact");
                BigDecimal rate = decimal(map.get("rate"), path + ".rate");
                if (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new RuleParser.InvalidRule(path + ".rate", "比例应在 0–100（%）之间");
                }
                yield new Percent(fact, rate, map.get("cap") == null ? null : money(map.get("cap"), path + ".cap", true));
            }
            case "TIERS" -> tiers(map, path);
            default -> throw new RuleParser.InvalidRule(path + ".type", "未知的计算方式“" + type
                    + "”（可用 FIXED、PER_EMPLOYEE、PERCENT、TIERS）");
        };
    }

    private static Tiers tiers(Map<?, ?> map, String path) {
        Fact fact = Fact.byName(String.valueOf(map.get("fact"))).orElseThrow(() ->
                new RuleParser.InvalidRule(path + ".fact", "未知的事实“" + map.get("fact") + "”"));
        if (fact.type() != Fact.Type.NUMBER) {
            throw new RuleParser.InvalidRule(path + ".fact", fact.label() + "不是数值，不能分档");
        }
        if (!(map.get("tiers") instanceof List<?> list) || list.isEmpty()) {
            throw new RuleParser.InvalidRule(path + ".tiers", "档位不能为空");
        }
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + ".tiers[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> tier)) {
                throw new RuleParser.InvalidRule(at, "应为 {\"from\":…,\"amount\":…}");
            }
            BigDecimal from = decimal(tier.get("from"), at + ".from");
            if (!tiers.isEmpty() && from.compareTo(tiers.get(tiers.size() - 1).from()) <= 0) {
                throw new RuleParser.InvalidRule(at + ".from", "档位下限应逐档递增");
            }
            tiers.add(new Tier(from, money(tier.get("amount"), at + ".amount", true)));
        }
        return new Tiers(fact, List.copyOf(tiers));
    }

    private static Fact amountFact(Object name, String path) {
        Fact fact = Fact.byName(String.valueOf(name)).orElseThrow(() ->
                new RuleParser.InvalidRule(path, "未知的事实“" + name + "”"));
        if (!"万元".equals(fact.unit())) {
            throw new RuleParser.InvalidRule(path, fact.label() + "不是金额（万元），不能按比例计算");
        }
        return fact;
    }

    private static BigDecimal money(Object value, String path, boolean positive) {
        BigDecimal amount = decimal(value, path);
        if ((positive && amount.signum() <= 0) || amount.stripTrailingZeros().scale() > 2) {
            throw new RuleParser.InvalidRule(path, "应为大于 0、最多两位小数的金额（元）");
        }
        return amount;
    }

    private static BigDecimal decimal(Object value, String path) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new RuleParser.InvalidRule(path, "应为数值，而不是“" + value + "”");
    }

    private static String capped(String how, BigDecimal raw, BigDecimal cap) {
        if (cap != null && raw.compareTo(cap) > 0) {
            return how + " = " + yuan(raw) + "，封顶 " + yuan(cap);
        }
        return how + " = " + yuan(raw);
    }

    private static BigDecimal min(BigDecimal raw, BigDecimal cap) {
        return cap != null && raw.compareTo(cap) > 0 ? cap : raw;
    }

    /** rate % of an amount in 万元, in 元. */
    private static BigDecimal percent(BigDecimal tenThousands, BigDecimal rate) {
        return tenThousands.multiply(TEN_THOUSAND).multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String yuan(BigDecimal value) {
        return plain(value) + "元";
    }
}
