package io.govshare.app.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.govshare.app.platform.security.Role;

/** A person who can log in. Demo accounts ({@code demo = true}) are refused when demo mode is off. */
@Entity
@Table(name = "users")
public class UserAccount {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    /** 统一社会信用代码 of the user's department; null for platform-wide roles. */
    @Column(name = "department_code", length = 18)
    private String departmentCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    private Set<Role> roles = new HashSet<>();

    /** Argon2id PHC string, see {@link PasswordHasher}. */
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String departmentCode, Set<Role> roles,
                       String passwordHash, boolean demo) {
        this.username = username;
        this.displayName = displayName;
        this.departmentCode = departmentCode;
        this.roles = new HashSet<>(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.demo = demo;
        this.createdAt = Instant.now();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
