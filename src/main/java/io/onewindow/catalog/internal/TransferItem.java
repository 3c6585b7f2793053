package io.onewindow.catalog.internal;

import java.util.List;
import java.util.function.Function;

/**
 * One item as exchanged in an import or export file (Excel row or JSON object): every element as text, lists in
 * the line formats of {@link GuideLines}, enumerations by their Chinese labels. An empty {@code code} on import
 * creates a new item.
 */
public record TransferItem(String code, String name, String type, String departmentId, String audience,
        String lifeEvents, String keywords, String legalBasis, String conditions, String materials,
        String statutoryDays, String promisedDays, String fees, String result, String resultLicenseType,
        String validity, String location, String hours, String enquiryPhone, String complaintPhone, String supervisor,
        String visits, String flags, String form, String faq, String bpmnXml) {

    /** A column of the Excel sheet: its Chinese header and the field it carries. */
    public record Column(String header, Function<TransferItem, String> read) {
    }

    /** The sheet's columns, in order; an import must have exactly these headers. */
    public static final List<Column> COLUMNS = List.of(
            new Column("事项编码", TransferItem::code), new Column("事项名称", TransferItem::name),
            new Column("事项类型", TransferItem::type), new Column("实施部门编码", TransferItem::departmentId),
            new Column("服务对象", TransferItem::audience), new Column("主题", TransferItem::lifeEvents),
            new Column("关键词", TransferItem::keywords), new Column("设定依据", TransferItem::legalBasis),
            new Column("受理条件", TransferItem::conditions), new Column("申请材料", TransferItem::materials),
            new Column("法定办结时限", TransferItem::statutoryDays), new Column("承诺办结时限", TransferItem::promisedDays),
            new Column("收费标准", TransferItem::fees), new Column("办理结果", TransferItem::result),
            new Column("结果证照类型", TransferItem::resultLicenseType), new Column("有效期", TransferItem::validity),
            new Column("办理地点", TransferItem::location), new Column("办理时间", TransferItem::hours),
            new Column("咨询电话", TransferItem::enquiryPhone), new Column("监督投诉电话", TransferItem::complaintPhone),
            new Column("监督机构", TransferItem::supervisor), new Column("到现场次数", TransferItem::visits),
            new Column("服务标识", TransferItem::flags), new Column("申请表", TransferItem::form),
            new Column("常见问题", TransferItem::faq), new Column("BPMN", TransferItem::bpmnXml));

    /** Builds an item from cell values in {@link #COLUMNS} order. */
    public static TransferItem of(List<String> v) {
        return new TransferItem(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                v.get(8), v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16),
                v.get(17), v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24), v.get(25));
    }
}
