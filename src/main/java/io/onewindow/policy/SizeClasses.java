package io.onewindow.policy;

import io.onewindow.identity.SizeClass;
import java.util.Optional;

/**
 * 企业规模划型 by 工信部联企业〔2011〕300号 (shared standards §10) for the industries the platform classifies. An
 * enterprise is large unless below either upper bound; 中型 and 小型 need both lower bounds; otherwise 微型. Amounts
 * in 万元.
 */
public final class SizeClasses {

    /** The industry groups of the table, found from a GB/T 4754-2017 code. */
    public enum Group {
        INDUSTRY("工业"), WHOLESALE("批发业"), RETAIL("零售业"), SOFTWARE("软件和信息技术服务业"), CONSTRUCTION("建筑业"),
        AGRICULTURE("农、林、牧、渔业");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** B/C/D 工业, E 建筑业, F51 批发, F52 零售, I65 软件和信息技术服务, A 农林牧渔; others are not in this table. */
        public static Optional<Group> of(String industryCode) {
            if (industryCode == null || industryCode.isEmpty()) {
                return Optional.empty();
            }
            String code = industryCode.toUpperCase(java.util.Locale.ROOT);
            return switch (code.charAt(0)) {
                case 'A' -> Optional.of(AGRICULTURE);
                case 'B', 'C', 'D' -> Optional.of(INDUSTRY);
                case 'E' -> Optional.of(CONSTRUCTION);
                case 'F' -> code.startsWith("F51") ? Optional.of(WHOLESALE) : code.startsWith("F52") ? Optional.of(RETAIL) : Optional.empty();
                case 'I' -> code.startsWith("I65") ? Optional.of(SOFTWARE) : Optional.empty();
                default -> Optional.empty();
            };
        }
    }

    private SizeClasses() {
    }

    /**
     * @param employees 从业人员 (X)
     * @param revenue 营业收入 in 万元 (Y)
     * @param assets 资产总额 in 万元 (Z; only 建筑业 uses it)
     */
    public static SizeClass classify(Group group, long employees, double revenue, double assets) {
        return switch (group) {
            case INDUSTRY -> byEmployeesAndRevenue(employees, revenue, 1000, 40000, 300, 2000, 20, 300);
            case WHOLESALE -> byEmployeesAndRevenue(employees, revenue, 200, 40000, 20, 5000, 5, 1000);
            case RETAIL -> byEmployeesAndRevenue(employees, revenue, 300, 20000, 50, 500, 10, 100);
            case SOFTWARE -> byEmployeesAndRevenue(employees, revenue, 300, 10000, 100, 1000, 10, 50);
            case CONSTRUCTION -> {
                if (revenue >= 80000 && assets >= 80000) {
                    yield SizeClass.LARGE;
                }
                yield revenue >= 6000 && assets >= 5000 ? SizeClass.MEDIUM
                        : revenue >= 300 && assets >= 300 ? SizeClass.SMALL : SizeClass.MICRO;
            }
            case AGRICULTURE -> revenue >= 20000 ? SizeClass.LARGE : revenue >= 500 ? SizeClass.MEDIUM
                    : revenue >= 50 ? SizeClass.SMALL : SizeClass.MICRO;
        };
    }

    private static SizeClass byEmployeesAndRevenue(long x, double y, long largeX, double largeY, long mediumX, double mediumY,
            long smallX, double smallY) {
        if (x >= largeX && y >= largeY) {
            return SizeClass.LARGE; // not below either upper bound
        }
        if (x >= mediumX && y >= mediumY) {
            return SizeClass.MEDIUM;
        }
        if (x >= smallX && y >= smallY) {
            return SizeClass.SMALL;
        }
        return SizeClass.MICRO;
    }
}
