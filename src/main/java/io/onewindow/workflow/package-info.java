/**
 * Workflow (流程): the only module that touches Flowable. Today it parses and validates BPMN process models and
 * draws their flowcharts (一图); running processes (后台分类审批) will be added behind the same facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
        allowedDependencies = {"platform"})
package io.onewindow.workflow;
