package io.onewindow.demo;

import io.onewindow.identity.synthetic.SyntheticIdentities;
import java.time.LocalDate;

/** The demo accounts listed in README.md (staff: src/main/resources/demo/staff.csv). All share {@link #PASSWORD}. */
final class DemoAccounts {

    static final String PASSWORD = "Leshan2023";

    /** 张三 (zhangsan) and the demo enterprises 乐山嘉州绿色硅材料 (qiye) and 嘉禾小吃店 (xiaodian). */
    static final String ZHANGSAN_ID = SyntheticIdentities.residentId("511102", LocalDate.of(1990, 3, 15), 123);
    static final String QIYE_CREDIT_CODE = SyntheticIdentities.creditCode("91", "511100", 20230001L);
    static final String XIAODIAN_CREDIT_CODE = SyntheticIdentities.creditCode("92", "511102", 20230002L);

    private DemoAccounts() {
    }
}
