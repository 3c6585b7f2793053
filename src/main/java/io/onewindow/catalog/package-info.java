/**
 * Service catalogue (事项清单): service items with their standard guide (办事指南 一单一图一表), versioned and
 * published from one source for the website, the mobile site, the window and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
        allowedDependencies = {"audit", "identity", "organization", "platform", "workflow"})
package io.onewindow.catalog;
