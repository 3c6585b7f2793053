/**
 * Organisation (组织机构): the city's regions by GB/T 2260 code, their departments, the service halls
 * (政务服务中心、便民服务中心) and the windows in them (综合窗口、专业窗口、重大项目服务专区).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization",
        allowedDependencies = {"audit", "platform"})
package io.onewindow.organization;
