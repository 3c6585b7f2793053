/**
 * Portal (门户): the public home page and each role's 工作台, composed from the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"calendar", "identity", "organization", "platform"})
package io.onewindow.portal;
