package io.govshare.catalog;

/** 开放属性: whether the resource is opened to the public, and under which condition. */
public record OpenAttributes(OpenType type, String condition) {
}
