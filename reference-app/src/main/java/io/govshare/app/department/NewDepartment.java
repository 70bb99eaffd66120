package io.govshare.app.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/departments}. The code's GB 32100 shape is checked by
 * {@link io.govshare.catalog.DepartmentCode} (with a message naming the offending character), not here.
 */
public record NewDepartment(
        @NotBlank String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = "0[1-9]|[1-9][0-9]", message = "must be two digits from 01 to 99") String number,
        @Size(max = 100) String region) {
}
