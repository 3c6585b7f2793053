/**
 * Demo data (演示数据): staff for every role, citizens and enterprises that look like Leshan's, their licences
 * (as 存量证照) and 惠企政策 with departments' figures. Loaded only
 * into the embedded database, never into a configured one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"catalog", "exchange", "identity", "identity :: synthetic", "license", "platform", "policy"})
package io.onewindow.demo;
