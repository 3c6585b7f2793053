/**
 * 一件事一次办: bundles of published catalogue items around one life or business event — a guide computed from the
 * members (merged conditions and materials, the reduction in materials, visits and time, the critical path), one
 * merged form and one upload per material, member cases sent to each department at once or in the declared order,
 * and one result when all are done. See docs/bundles.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bundle",
        allowedDependencies = {"audit", "calendar", "casework", "catalog", "exchange", "identity", "notification", "organization", "platform"})
package io.onewindow.bundle;
