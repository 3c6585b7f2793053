package io.onewindow.catalog;

import java.util.List;

/**
 * One field of the 一表 (申请表), from which the application page is rendered.
 *
 * @param validation a regular expression the value must match, or {@code null}
 * @param options the choices of a {@link Type#SELECT}
 * @param prefill where 智能预填 takes the value from, e.g. {@code profile.name}, {@code enterprise.creditCode},
 *                {@code license:营业执照.住所}; {@code null} for none
 */
public record FormField(String key, String label, Type type, boolean required, String validation, List<String> options,
        String prefill) {

    public enum Type {
        TEXT("文本"), TEXTAREA("多行文本"), NUMBER("数字"), DATE("日期"), SELECT("选择"), ID_NUMBER("身份证号"),
        CREDIT_CODE("信用代码"), PHONE("手机号"), ADDRESS("地址"), EMAIL("电子邮箱");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
