package io.govshare.app.identity;

import java.util.List;

import jakarta.json.JsonObject;

import io.govshare.app.platform.security.Role;

/**
 * The identity feature's published port: what other features may ask about people and accounts. (Who sends the
 * current request is the ground floor's {@link io.govshare.app.platform.security.CurrentActor}.)
 */
public interface Actors {

    /**
     * The enabled users holding {@code role}, in {@code departmentCode} when it is not null, by user name: whom a
     * notification or reminder goes to.
     */
    List<String> usernamesWith(Role role, String departmentCode);

    /**
     * Registers an account after the same checks as an administrator's creation (unique name, password rules,
     * department for department roles) and answers its public view, never the password hash. Joins the caller's
     * transaction.
     */
    JsonObject register(NewUser request);
}
