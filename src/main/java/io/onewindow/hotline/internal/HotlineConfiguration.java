package io.onewindow.hotline.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HotlineSettings.class)
class HotlineConfiguration {
}
