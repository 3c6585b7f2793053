/**
 * Workflow (流程): the only module that touches Flowable (checked by ArchitectureRulesTests). It parses and
 * validates BPMN process models, draws their flowcharts (一图) and runs the approval processes of accepted cases
 * (后台分类审批: tasks, claims, returns, joint review) behind its facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
        allowedDependencies = {"platform"})
package io.onewindow.workflow;
