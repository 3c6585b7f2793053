package io.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTests {

    @Test
    void theWorkOrderLoopIsAllowed() {
        assertThat(OrderStatus.DISPATCHED.canFollow(OrderStatus.RECEIVED)).as("派单").isTrue();
        assertThat(OrderStatus.SIGNED.canFollow(OrderStatus.DISPATCHED)).as("签收").isTrue();
        assertThat(OrderStatus.REPLIED.canFollow(OrderStatus.SIGNED)).as("回复").isTrue();
        assertThat(OrderStatus.CLOSED.canFollow(OrderStatus.REPLIED)).as("回访办结").isTrue();
        assertThat(OrderStatus.DISPATCHED.canFollow(OrderStatus.REPLIED)).as("重办").isTrue();
        assertThat(OrderStatus.SIGNED.canFollow(OrderStatus.REPLIED)).as("审核退回").isTrue();
        assertThat(OrderStatus.RECEIVED.canFollow(OrderStatus.DISPATCHED)).as("退单").isTrue();
        assertThat(OrderStatus.CLOSED.canFollow(OrderStatus.RECEIVED)).as("直接答复、转办、并入").isTrue();
    }

    @Test
    void aClosedOrderStaysClosedAndNothingSkipsTheUnit() {
        for (OrderStatus s : OrderStatus.values()) {
            assertThat(s.canFollow(OrderStatus.CLOSED)).as(s + " after 办结").isFalse();
        }
        assertThat(OrderStatus.REPLIED.canFollow(OrderStatus.DISPATCHED)).as("reply without 签收").isFalse();
        assertThat(OrderStatus.CLOSED.canFollow(OrderStatus.SIGNED)).as("close without reply").isFalse();
    }
}
