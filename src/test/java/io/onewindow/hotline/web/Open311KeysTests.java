package io.onewindow.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.EmbeddedDatabase;
import io.onewindow.platform.Sm3;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Open311 keys: hashed at rest; the demo key only beside the embedded demo database. */
class Open311KeysTests {

    private static Open311Keys keys(Set<String> digests, boolean embedded, boolean demoData) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (embedded) {
            beans.addBean("embeddedDatabase", new EmbeddedDatabase(null));
        }
        return new Open311Keys(digests, beans.getBeanProvider(EmbeddedDatabase.class), demoData);
    }

    @Test
    void aConfiguredKeyIsKnownByItsSm3DigestOnly() {
        Open311Keys production = keys(Set.of(Sm3.hex("city-app-7f3a9c")), false, true);
        assertThat(production.accepts("city-app-7f3a9c")).isTrue();
        assertThat(production.accepts(Sm3.hex("city-app-7f3a9c"))).as("the digest itself is no key").isFalse();
        assertThat(production.accepts("city-app-7f3a9d")).isFalse();
        assertThat(production.accepts(null)).isFalse();
    }

    @Test
    void theDemoKeyWorksOnlyWithTheEmbeddedDemoDatabase() {
        assertThat(keys(Set.of(), true, true).accepts(Open311Keys.DEMO_KEY)).isTrue();
        assertThat(keys(Set.of(), false, true).accepts(Open311Keys.DEMO_KEY)).as("external database").isFalse();
        assertThat(keys(Set.of(), true, false).accepts(Open311Keys.DEMO_KEY)).as("demo data off").isFalse();
    }
}
