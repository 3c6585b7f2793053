/**
 * 12345 热线 (hotline): work orders taken by agents, from the web form and the API; direct answers from the knowledge
 * base; dispatch to departments and public-service companies with 签收 and 办理 limits in working days; reply,
 * 回访 and 重办; duplicate suggestions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline",
        allowedDependencies = {"audit", "calendar", "identity", "organization", "platform"})
package io.onewindow.hotline;
