package io.onewindow.policy;

import java.util.List;

/** A policy's eligibility: conditions on facts combined with 全部满足 (all), 满足其一 (any) and 不满足 (not). */
public sealed interface Rule {

    record All(List<Rule> rules) implements Rule {
    }

    record Any(List<Rule> rules) implements Rule {
    }

    record Not(Rule rule) implements Rule {
    }

    /**
     * One condition. {@code value} is a {@link java.math.BigDecimal} for numbers, a String (or a list of them for IN
     * and PREFIX), a Boolean, or a {@link java.time.LocalDate}.
     */
    record Condition(Fact fact, Operator op, Object value) implements Rule {
    }

    /** Comparison operators, with the symbol explanations use. */
    enum Operator {
        LT("<"), LE("≤"), GT(">"), GE("≥"), EQ("="), NE("≠"), IN("属于"), PREFIX("以…开头"), BEFORE("早于"), ON_OR_AFTER("不早于");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The inverse, for explaining a failed condition ("从业人数 12 < 20" for a failed ≥ 20). */
        public String failedSymbol() {
            return switch (this) {
                case LT -> "≥";
                case LE -> ">";
                case GT -> "≤";
                case GE -> "<";
                case EQ -> "≠";
                case NE -> "=";
                case IN -> "不属于";
                case PREFIX -> "不以…开头";
                case BEFORE -> "不早于";
                case ON_OR_AFTER -> "早于";
            };
        }
    }
}
