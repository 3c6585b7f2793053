package io.onewindow.workflow;

/** BPMN process models: validation with Flowable's own parser and validator, and the 一图 flowchart as SVG. */
public interface ProcessModels {

    /** Parses (schema-checked, XXE-safe) and validates as Flowable does on deployment, plus the platform's rules. */
    ProcessModelCheck check(String bpmnXml);

    /**
     * For a valid model: the steps offered to a department role nobody can take today (the department does not exist
     * or no enabled account holds the role), in Chinese naming the step. Empty when every step can be taken.
     */
    java.util.List<String> staffingProblems(String bpmnXml);

    /**
     * The flowchart of a valid model as a standalone, accessible SVG document: as the modeler drew it (BPMNDI
     * positions, waypoints and lanes) when the file has a position for every step, else laid out left to right.
     */
    String diagramSvg(String bpmnXml);

    /** The laid-out flowchart of a valid model, for renderers other than SVG. */
    ProcessDiagram diagram(String bpmnXml);
}
