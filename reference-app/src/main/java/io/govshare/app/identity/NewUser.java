package io.govshare.app.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.security.Role;

/** Body of {@code POST /api/v1/users}. Single-field rules are Bean Validation; rules across fields are below. */
public record NewUser(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                message = "3-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(min = 8, max = 200) String password,
        @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be an 18-character 统一社会信用代码")
        String departmentCode,
        @NotEmpty List<Role> roles,
        Boolean enabled) {

    public Set<Role> roleSet() {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** Department roles need a department; a mutable list so callers can add their own findings. */
    List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        boolean departmentRole = roleSet().stream().anyMatch(Role::isDepartmentRole);
        if (departmentRole && departmentCode == null) {
            errors.add(new FieldError("departmentCode", "required",
                    "Roles DEPT_CATALOGUER and DEPT_REVIEWER need the user's departmentCode"));
        }
        return errors;
    }
}
