/**
 * Demo data (演示数据): staff for every role, citizens and enterprises that look like Leshan's. Loaded only
 * into the embedded database, never into a configured one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"identity", "platform"})
package io.onewindow.demo;
