package io.onewindow.platform.internal;

import io.onewindow.platform.ChinaTime;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the platform, in Beijing time: the bean services take, and the one {@link ChinaTime} reads. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return ChinaTime.clock();
    }
}
