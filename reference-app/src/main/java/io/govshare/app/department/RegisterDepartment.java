package io.govshare.app.department;

import io.govshare.catalog.DepartmentCode;

/**
 * The command to register a department: the code already parsed (its GB 32100 shape checked at the edge), the
 * other fields stripped.
 *
 * @param region 行政区划 name, or null
 */
public record RegisterDepartment(DepartmentCode code, String name, String number, String region) {
}
