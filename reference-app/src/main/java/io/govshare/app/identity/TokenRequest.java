package io.govshare.app.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/token}. */
public record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
