/**
 * Casework (一网通办 办件): applications from every channel under a published catalogue version, pre-check,
 * 受理 / 一次性告知 / 不予受理 with official notices, the statutory clock in working days, and tracking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
        allowedDependencies = {"audit", "calendar", "catalog", "identity", "notification", "organization", "platform", "workflow"})
package io.onewindow.casework;
