package io.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Every line of a 12345 order's history says who did what. */
class HistoryWordsTests {

    private static String line(String actor, String action, String note) {
        return new WorkOrderRepository.Event(OffsetDateTime.now(), actor, action, note).line();
    }

    @Test
    void eachLineNamesTheActorAndTheAction() {
        assertThat(line("周丽", "DISPATCHED", "乐山市市场监督管理局")).isEqualTo("周丽 派单至 乐山市市场监督管理局");
        assertThat(line("周丽", "INTAKE", "RX20261201-0001")).isEqualTo("周丽 登记工单：RX20261201-0001");
        assertThat(line("陈建国", "SIGNED", "乐山市市场监督管理局")).isEqualTo("陈建国 签收 乐山市市场监督管理局");
        assertThat(line("陈建国", "REPLIED", "已现场处理")).isEqualTo("陈建国 答复：已现场处理");
        assertThat(line("周丽", "SOMETHING_NEW", "说明")).isEqualTo("周丽：说明");
        assertThat(line("周丽", "RESUMED", null)).isEqualTo("周丽 恢复办理");
    }
}
