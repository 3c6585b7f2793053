package io.onewindow.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work of every module (clock watch, notification relay, escalations, job recovery, nightly matching) runs
 * on Spring's scheduler. Each job has its own switch or pace in its module's settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
