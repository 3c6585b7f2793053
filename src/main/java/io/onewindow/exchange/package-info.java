/**
 * 数据共享交换: the 数据资源目录 (datasets, their provider, 共享类型 and legal basis), the 数据共享责任清单, 供需对接
 * grants, the providers behind one interface (in-platform ones standing for departments' systems), and the
 * append-only log of every query — shown to the person it is about (我的数据使用记录). Casework fetches 部门共享
 * materials through it ({@link io.onewindow.casework.SharedMaterials}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange",
        allowedDependencies = {"audit", "calendar", "casework", "identity", "organization", "platform"})
package io.onewindow.exchange;
