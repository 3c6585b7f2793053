/**
 * 好差评 (evaluation): a rating for every finished case and every window visit, a rectification ticket for every
 * 差评 due in 15 working days, appeals, the 办不成事 反映窗口, and public satisfaction figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
        allowedDependencies = {"audit", "calendar", "casework", "hotline", "identity", "organization", "platform"})
package io.onewindow.evaluation;
