package io.onewindow.workflow.internal;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable creates its tables when its engine starts; on a fresh database that must happen after Flyway has
 * migrated the application schema, or Flyway would find a non-empty schema and refuse. The engine beans are made
 * to depend on Flyway's initializer.
 */
@Configuration(proxyBeanMethods = false)
class FlowableSetup {

    @Bean
    static BeanFactoryPostProcessor flowableAfterFlyway() {
        return (ConfigurableListableBeanFactory factory) -> {
            if (!factory.containsBeanDefinition("flywayInitializer")) {
                return;
            }
            for (String name : factory.getBeanDefinitionNames()) {
                if (name.equals("processEngine") || name.equals("springProcessEngineConfiguration")
                        || name.equals("processEngineConfiguration")) {
                    BeanDefinition definition = factory.getBeanDefinition(name);
                    String[] existing = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                    String[] dependsOn = Arrays.copyOf(existing, existing.length + 1);
                    dependsOn[existing.length] = "flywayInitializer";
                    definition.setDependsOn(dependsOn);
                }
            }
        };
    }
}
