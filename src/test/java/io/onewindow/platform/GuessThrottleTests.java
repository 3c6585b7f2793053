package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GuessThrottleTests {

    @Test
    void wrongGuessesUseUpTheKeysAllowanceOnly() {
        GuessThrottle throttle = new GuessThrottle("该办件编号", 3);
        for (int i = 0; i < 3; i++) {
            throttle.checkAllowed("A");
            throttle.wrongGuess("A");
        }
        assertThatThrownBy(() -> throttle.checkAllowed("A")).isInstanceOfSatisfying(OneWindowException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(PlatformErrorCode.TOO_MANY_REQUESTS);
            assertThat(e.detail()).contains("该办件编号").containsPattern("约 \\d+ 分钟后再试");
        });
        throttle.checkAllowed("B");
    }
}
