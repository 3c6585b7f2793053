package io.onewindow.identity;

/** A citizen to register: name, 居民身份证号 and an optional mobile number. */
public record NewCitizen(String name, String idNumber, String phone) {
}
