package io.onewindow.platform.internal;

import io.onewindow.platform.ChinaTime;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the platform, in Beijing time; code that needs "now" takes it, so tests can fix the time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
