/**
 * 督办: the work plan itself as a living list — chapters, tasks and measures loaded from a plan file, claimed by
 * units (认领) with a responsible person, progress reported with evidence, milestones and reports late by the
 * working-day calendar, 督办单 issued, answered and escalated, and targets measured live from every other module's
 * {@link io.onewindow.platform.PlanFigures}. See docs/reform.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reform supervision",
        allowedDependencies = {"audit", "calendar", "identity", "notification", "organization", "platform"})
package io.onewindow.reform;
