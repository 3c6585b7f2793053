/**
 * Working-day calendar (工作日历): statutory holidays and make-up working days from the State Council's
 * annual notices, and the working-day arithmetic every deadline in the platform uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {"audit", "platform"})
package io.onewindow.calendar;
