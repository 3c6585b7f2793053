package io.onewindow.workflow.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.api.io.InputStreamProvider;

/** Reads BPMN XML the way the Flowable engine does on deployment: schema-validated and XXE-safe. */
final class BpmnParsing {

    private BpmnParsing() {
    }

    static BpmnModel parse(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        InputStreamProvider source = () -> (InputStream) new ByteArrayInputStream(bytes);
        return new BpmnXMLConverter().convertToBpmnModel(source, true, true, StandardCharsets.UTF_8.name());
    }
}
