package io.onewindow.casework.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the clock watch's schedule ({@code onewindow.clock-watch.enabled=false} to run it only on demand). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "onewindow.clock-watch.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
