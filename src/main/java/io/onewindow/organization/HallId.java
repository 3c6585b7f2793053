package io.onewindow.organization;

/** A service hall's stable id, e.g. {@code 511100-ZWFW} for 乐山市政务服务中心. */
public record HallId(String value) {
}
