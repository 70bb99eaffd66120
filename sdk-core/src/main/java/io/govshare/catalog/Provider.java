package io.govshare.catalog;

/**
 * 信息资源提供方 and 提供方代码. The code is kept as text so an entry with a malformed code can still be read
 * and reported field by field; {@link DepartmentCode#of} gives the checked value object.
 */
public record Provider(String code, String name) {
}
