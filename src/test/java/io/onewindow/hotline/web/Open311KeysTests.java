package io.onewindow.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.EmbeddedDatabase;
import io.onewindow.platform.Sm3;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The Open311 demo key opens the demo only; configured for a real database it stops the start. */
class Open311KeysTests {

    static String digest(String key) {
        return HexFormat.of().formatHex(Sm3.digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDemoKeyIsRefusedAtStartWithARealDatabaseAndRealKeysWork() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        assertThatThrownBy(() -> new Open311Keys(Set.of(digest(Open311Keys.DEMO_KEY)), none.getBeanProvider(EmbeddedDatabase.class), true))
                .hasMessageContaining("演示密钥");
        Open311Keys real = new Open311Keys(Set.of(digest("jiazhou-app-7Hq2"), "not-hex"), none.getBeanProvider(EmbeddedDatabase.class), true);
        assertThat(real.accepts("jiazhou-app-7Hq2")).isTrue();
        assertThat(real.accepts(Open311Keys.DEMO_KEY)).isFalse();
        assertThat(real.accepts("jiazhou-app-7Hq")).isFalse();

        StaticListableBeanFactory demo = new StaticListableBeanFactory();
        demo.addBean("embedded", new EmbeddedDatabase(null));
        assertThat(new Open311Keys(Set.of(), demo.getBeanProvider(EmbeddedDatabase.class), true).accepts(Open311Keys.DEMO_KEY)).isTrue();
    }
}
