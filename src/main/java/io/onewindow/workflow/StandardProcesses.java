package io.onewindow.workflow;

import java.util.List;

/**
 * Executable BPMN for the common shapes of an approval procedure, so that a department can start from a
 * correct model. Roles are written as {@code dept:<departmentId>:<ROLE>} candidate groups.
 */
public final class StandardProcesses {

    /** The procedure shapes the platform ships. */
    public enum Shape {
        /** 秒批秒办: decided by the item's rules at submission; a case that fails them goes to a person. */
        INSTANT,
        /** 审查 → 决定, one department. */
        SIMPLE,
        /** 审查 → 现场勘查 → 审核 → 决定, with 审核 able to return the case to 审查. */
        MULTI_STEP,
        /** 审查 → parallel 联合审查 by several departments → 决定. */
        JOINT_REVIEW
    }

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="https://onewindow.io/processes">
              <process id="%s" name="%s" isExecutable="true">
            """;
    private static final String FOOTER = """
              </process>
            </definitions>
            """;

    private StandardProcesses() {
    }

    /** A department taking part in a joint review, with the short name shown on its step. */
    public record Reviewer(String departmentId, String shortName) {
    }

    /**
     * @param key process id (an XML NCName, e.g. {@code p_511100_SCJGJ_XK_0001})
     * @param department the competent department's id
     * @param jointDepartments departments that review in parallel ({@link Shape#JOINT_REVIEW} only)
     */
    public static String bpmn(Shape shape, String key, String name, String department, List<Reviewer> jointDepartments) {
        StringBuilder xml = new StringBuilder(String.format(HEADER, key, escape(name)));
        String approver = group(department, "APPROVER");
        String head = group(department, "DEPT_ADMIN");
        switch (shape) {
            case INSTANT -> xml.append(String.format("""
                        <startEvent id="start" name="提交申请"/>
                        <exclusiveGateway id="rules" name="规则审查" default="toManual"/>
                        <endEvent id="end" name="秒批办结"/>
                        <userTask id="decide" name="人工审核" flowable:candidateGroups="%s"/>
                        <endEvent id="endManual" name="办结"/>
                        <sequenceFlow id="f1" sourceRef="start" targetRef="rules"/>
                        <sequenceFlow id="f2" name="规则全部通过" sourceRef="rules" targetRef="end">
                          <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${autoApproved}</conditionExpression>
                        </sequenceFlow>
                        <sequenceFlow id="toManual" name="未通过" sourceRef="rules" targetRef="decide"/>
                        <sequenceFlow id="f3" sourceRef="decide" targetRef="endManual"/>
                    """, approver));
            case SIMPLE -> xml.append(String.format("""
                        <startEvent id="start" name="受理"/>
                        <userTask id="review" name="审查" flowable:candidateGroups="%s"/>
                        <userTask id="decide" name="决定" flowable:candidateGroups="%s"/>
                        <endEvent id="end" name="办结"/>
                        <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                        <sequenceFlow id="f2" sourceRef="review" targetRef="decide"/>
                        <sequenceFlow id="f3" sourceRef="decide" targetRef="end"/>
                    """, approver, head));
            case MULTI_STEP -> xml.append(String.format("""
                        <startEvent id="start" name="受理"/>
                        <userTask id="review" name="审查" flowable:candidateGroups="%1$s"/>
                        <userTask id="inspect" name="现场勘查" flowable:candidateGroups="%1$s"/>
                        <userTask id="audit" name="审核" flowable:candidateGroups="%2$s"/>
                        <exclusiveGateway id="auditResult" name="审核结论"/>
                        <userTask id="decide" name="决定" flowable:candidateGroups="%2$s"/>
                        <endEvent id="end" name="办结"/>
                        <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                        <sequenceFlow id="f2" sourceRef="review" targetRef="inspect"/>
                        <sequenceFlow id="f3" sourceRef="inspect" targetRef="audit"/>
                        <sequenceFlow id="f4" sourceRef="audit" targetRef="auditResult"/>
                        <sequenceFlow id="f5" name="通过" sourceRef="auditResult" targetRef="decide">
                          <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${outcome == 'pass'}</conditionExpression>
                        </sequenceFlow>
                        <sequenceFlow id="f6" name="退回审查" sourceRef="auditResult" targetRef="review">
                          <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${outcome == 'return'}</conditionExpression>
                        </sequenceFlow>
                        <sequenceFlow id="f7" sourceRef="decide" targetRef="end"/>
                    """, approver, head));
            case JOINT_REVIEW -> jointReview(xml, approver, head, jointDepartments);
        }
        return xml.append(FOOTER).toString();
    }

    private static void jointReview(StringBuilder xml, String approver, String head, List<Reviewer> departments) {
        xml.append(String.format("""
                    <startEvent id="start" name="受理"/>
                    <userTask id="review" name="审查" flowable:candidateGroups="%s"/>
                    <parallelGateway id="fork" name="联合审查"/>
                    <parallelGateway id="join"/>
                    <userTask id="decide" name="决定" flowable:candidateGroups="%s"/>
                    <endEvent id="end" name="办结"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                    <sequenceFlow id="f2" sourceRef="review" targetRef="fork"/>
                    <sequenceFlow id="f3" sourceRef="join" targetRef="decide"/>
                    <sequenceFlow id="f4" sourceRef="decide" targetRef="end"/>
                """, approver, head));
        for (int i = 0; i < departments.size(); i++) {
            xml.append(String.format("""
                        <userTask id="joint%1$d" name="%2$s会审" flowable:candidateGroups="%3$s"/>
                        <sequenceFlow id="fj%1$da" sourceRef="fork" targetRef="joint%1$d"/>
                        <sequenceFlow id="fj%1$db" sourceRef="joint%1$d" targetRef="join"/>
                    """, i + 1, escape(departments.get(i).shortName()), group(departments.get(i).departmentId(), "APPROVER")));
        }
    }

    /** The candidate group of a role in a department, e.g. {@code dept:511100-SCJGJ:APPROVER}. */
    public static String group(String departmentId, String role) {
        return "dept:" + departmentId + ":" + role;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
