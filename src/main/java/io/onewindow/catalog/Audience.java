package io.onewindow.catalog;

import java.util.List;

/** 服务对象 and the life events (主题) people browse by. */
public enum Audience {
    CITIZEN("个人", List.of("出生", "户籍", "教育", "就业", "婚育", "社保", "医疗", "住房", "退休", "身后事")),
    ENTERPRISE("法人", List.of("设立", "准营", "变更", "经营", "投资建设", "注销"));

    private final String label;
    private final List<String> lifeEvents;

    Audience(String label, List<String> lifeEvents) {
        this.label = label;
        this.lifeEvents = lifeEvents;
    }

    public String label() {
        return label;
    }

    public List<String> lifeEvents() {
        return lifeEvents;
    }
}
