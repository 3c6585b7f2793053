package io.onewindow.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.SizeClass;
import io.onewindow.policy.SizeClasses.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each threshold of standards §10, on both sides. */
class SizeClassesTests {

    @ParameterizedTest(name = "{0} X={1} Y={2} Z={3} → {4}")
    @CsvSource({
        // 工业: SME if X<1000 or Y<40000; 中型 X≥300 and Y≥2000; 小型 X≥20 and Y≥300
        "INDUSTRY, 1000, 40000, 0, LARGE", "INDUSTRY, 999, 40000, 0, MEDIUM", "INDUSTRY, 1000, 39999.99, 0, MEDIUM",
        "INDUSTRY, 300, 2000, 0, MEDIUM", "INDUSTRY, 299, 2000, 0, SMALL", "INDUSTRY, 300, 1999, 0, SMALL",
        "INDUSTRY, 20, 300, 0, SMALL", "INDUSTRY, 19, 300, 0, MICRO", "INDUSTRY, 20, 299, 0, MICRO",
        // 批发业
        "WHOLESALE, 200, 40000, 0, LARGE", "WHOLESALE, 199, 40000, 0, MEDIUM", "WHOLESALE, 20, 5000, 0, MEDIUM",
        "WHOLESALE, 19, 5000, 0, SMALL", "WHOLESALE, 5, 1000, 0, SMALL", "WHOLESALE, 4, 1000, 0, MICRO",
        "WHOLESALE, 5, 999, 0, MICRO",
        // 零售业
        "RETAIL, 300, 20000, 0, LARGE", "RETAIL, 299, 20000, 0, MEDIUM", "RETAIL, 50, 500, 0, MEDIUM",
        "RETAIL, 49, 500, 0, SMALL", "RETAIL, 10, 100, 0, SMALL", "RETAIL, 9, 100, 0, MICRO", "RETAIL, 10, 99, 0, MICRO",
        // 软件和信息技术服务业
        "SOFTWARE, 300, 10000, 0, LARGE", "SOFTWARE, 300, 9999, 0, MEDIUM", "SOFTWARE, 100, 1000, 0, MEDIUM",
        "SOFTWARE, 99, 1000, 0, SMALL", "SOFTWARE, 10, 50, 0, SMALL", "SOFTWARE, 9, 50, 0, MICRO", "SOFTWARE, 10, 49, 0, MICRO",
        // 建筑业: Y and 资产总额 Z
        "CONSTRUCTION, 0, 80000, 80000, LARGE", "CONSTRUCTION, 0, 80000, 79999, MEDIUM", "CONSTRUCTION, 0, 6000, 5000, MEDIUM",
        "CONSTRUCTION, 0, 5999, 5000, SMALL", "CONSTRUCTION, 0, 300, 300, SMALL", "CONSTRUCTION, 0, 300, 299, MICRO",
        // 农、林、牧、渔业: Y only
        "AGRICULTURE, 0, 20000, 0, LARGE", "AGRICULTURE, 0, 19999, 0, MEDIUM", "AGRICULTURE, 0, 500, 0, MEDIUM",
        "AGRICULTURE, 0, 499, 0, SMALL", "AGRICULTURE, 0, 50, 0, SMALL", "AGRICULTURE, 0, 49, 0, MICRO"
    })
    void classifiesOnEachThreshold(Group group, long employees, double revenue, double assets, SizeClass expected) {
        assertThat(SizeClasses.classify(group, employees, revenue, assets)).isEqualTo(expected);
    }

    @Test
    void findsTheGroupFromTheIndustryCode() {
        assertThat(SizeClasses.Group.of("C3985")).contains(Group.INDUSTRY);
        assertThat(SizeClasses.Group.of("B0610")).contains(Group.INDUSTRY);
        assertThat(SizeClasses.Group.of("F5123")).contains(Group.WHOLESALE);
        assertThat(SizeClasses.Group.of("F5211")).contains(Group.RETAIL);
        assertThat(SizeClasses.Group.of("I6510")).contains(Group.SOFTWARE);
        assertThat(SizeClasses.Group.of("I6410")).isEmpty();
        assertThat(SizeClasses.Group.of("E4710")).contains(Group.CONSTRUCTION);
        assertThat(SizeClasses.Group.of("A0111")).contains(Group.AGRICULTURE);
        assertThat(SizeClasses.Group.of("K7010")).isEmpty();
        assertThat(SizeClasses.Group.of("")).isEmpty();
    }
}
