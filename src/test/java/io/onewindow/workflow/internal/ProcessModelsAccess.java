package io.onewindow.workflow.internal;

import io.onewindow.workflow.ProcessModels;

/** Creates the implementation for plain unit tests without Spring. */
public final class ProcessModelsAccess {

    private ProcessModelsAccess() {
    }

    public static ProcessModels create() {
        return new FlowableProcessModels(new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(io.onewindow.workflow.DepartmentRoles.class));
    }
}
