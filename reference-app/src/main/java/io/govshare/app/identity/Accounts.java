package io.govshare.app.identity;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.PlatformConfig;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;

/** User accounts: log in, look up, create. */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final String WRONG_CREDENTIALS = "Invalid user name or password";

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    @Inject
    PlatformConfig config;

    @Inject
    TokenService tokens;

    @Inject
    AuditLog audit;

    @Inject
    Departments departments;

    private final PasswordHasher hasher = new PasswordHasher();
    /** Checked against when the user does not exist, so both failures take the same time. */
    private final String decoyHash = hasher.hash("decoy password that matches nothing");

    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(UserAccount.class, username));
    }

    public List<UserAccount> all() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class).getResultList();
    }

    /**
     * A signed token for valid credentials of an enabled account. Every refusal is the same 401, so a caller
     * cannot tell an unknown user from a wrong password; the audit log records the actual reason.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public String login(String username, String password) {
        UserAccount user = find(username).orElse(null);
        boolean passwordMatches = hasher.verify(password, user == null ? decoyHash : user.getPasswordHash());
        String refusal = refusal(user, passwordMatches, config.demoMode());
        if (refusal != null) {
            audit.record("auth.login.failed", AuditTarget.USER, username, null, null, refusal);
            throw ProblemException.unauthorized(WRONG_CREDENTIALS);
        }
        if (hasher.needsRehash(user.getPasswordHash())) {
            // parameters were raised since this hash was made: upgrade it now that we know the password
            user.changePasswordHash(hasher.hash(password));
            LOG.info(() -> "Password hash of " + username + " upgraded to the current Argon2id parameters");
        }
        return tokens.issuer().issue(user.getUsername(), user.getRoles(), user.getDepartmentCode());
    }

    /** Why a login is refused (for the audit log, never for the client), or null when it is accepted. */
    static String refusal(UserAccount user, boolean passwordMatches, boolean demoMode) {
        if (user == null) {
            return "unknown user";
        }
        if (!passwordMatches) {
            return "wrong password";
        }
        if (!user.isEnabled()) {
            return "account disabled";
        }
        if (user.isDemo() && !demoMode) {
            return "demo account while demo mode is off";
        }
        return null;
    }

    /** Creates an account after checking the department rules; 409 if the user name is taken. */
    @Transactional
    public UserAccount create(NewUser request) {
        List<FieldError> errors = request.crossFieldErrors();
        if (request.departmentCode() != null && departments.find(request.departmentCode()).isEmpty()) {
            errors.add(new FieldError("departmentCode", "department.exists",
                    "No department with code " + request.departmentCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The user cannot be created", errors);
        }
        if (find(request.username()).isPresent()) {
            throw new Conflict("User name '" + request.username() + "' is already taken");
        }
        UserAccount user = new UserAccount(request.username(), request.displayName(), request.departmentCode(),
                request.roleSet(), hasher.hash(request.password()), false);
        if (Boolean.FALSE.equals(request.enabled())) {
            user.setEnabled(false);
        }
        em.persist(user);
        audit.record("user.create", AuditTarget.USER, user.getUsername(), null, toJson(user).toString(), null);
        return user;
    }

    /** Seeds a demo account (start-up only): the caller's transaction, no audit of a password. */
    void addDemoUser(UserAccount user) {
        em.persist(user);
    }

    long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    PasswordHasher hasher() {
        return hasher;
    }

    /** The public view of an account: never the password hash. */
    public static JsonObject toJson(UserAccount user) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        user.getRoles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("username", user.getUsername())
                .add("displayName", user.getDisplayName())
                .add("roles", roles)
                .add("enabled", user.isEnabled())
                .add("demo", user.isDemo());
        if (user.getDepartmentCode() != null) {
            json.add("departmentCode", user.getDepartmentCode());
        } else {
            json.addNull("departmentCode");
        }
        return json.build();
    }
}
