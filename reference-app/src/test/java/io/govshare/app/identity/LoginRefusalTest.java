package io.govshare.app.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.govshare.app.platform.security.Role;

/** The rules behind the single "invalid user name or password" answer of POST /api/v1/auth/token. */
class LoginRefusalTest {

    private static UserAccount account(boolean demo) {
        return new UserAccount("auditor", "审计员", null, Set.of(Role.AUDITOR), "$argon2id$...", demo);
    }

    @Test
    void refusesDemoAccountsWhenDemoModeIsOff() {
        assertEquals("demo account while demo mode is off", Accounts.refusal(account(true), true, false));
    }

    @Test
    void acceptsDemoAccountsInDemoModeAndRegularAccountsAlways() {
        assertNull(Accounts.refusal(account(true), true, true));
        assertNull(Accounts.refusal(account(false), true, false));
    }

    @Test
    void refusesUnknownUsersWrongPasswordsAndDisabledAccounts() {
        assertEquals("unknown user", Accounts.refusal(null, false, true));
        assertEquals("wrong password", Accounts.refusal(account(false), false, true));
        UserAccount disabled = account(false);
        disabled.setEnabled(false);
        assertEquals("account disabled", Accounts.refusal(disabled, true, true));
    }
}
