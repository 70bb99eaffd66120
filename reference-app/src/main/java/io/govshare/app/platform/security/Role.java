package io.govshare.app.platform.security;

/**
 * What a user may do on the platform. A token carries the role names in its {@code groups} claim, so they are
 * also the names used in {@code @RolesAllowed}; use {@link Names} there, since annotations need constants.
 * <p>
 * Roles are separated on purpose (the 三员分立 principle): an {@link #AUDITOR} reads everything and changes
 * nothing, a {@link #PLATFORM_ADMIN} manages accounts and departments but reviews no catalog entry.
 */
public enum Role {
    /** 平台管理员: accounts, departments, platform settings. */
    PLATFORM_ADMIN,
    /** 部门编目员: writes and submits the catalog entries of their own department. */
    DEPT_CATALOGUER,
    /** 部门审核员: reviews the entries of their own department before they go to the platform. */
    DEPT_REVIEWER,
    /** 平台审核员: registers and publishes entries for the whole city. */
    PLATFORM_REVIEWER,
    /** 数据使用方: finds resources and applies to use them. */
    CONSUMER,
    /** 审计员: read-only access to everything, including the audit log. */
    AUDITOR,
    /**
     * 社会公众注册用户: registered on the open-data portal; rates datasets, holds API keys and applies for
     * conditionally open data. Sees nothing of the internal platform.
     */
    PUBLIC_USER;

    /** Whether a user with this role belongs to a department (department code required). */
    public boolean isDepartmentRole() {
        return this == DEPT_CATALOGUER || this == DEPT_REVIEWER;
    }

    /**
     * The role names as compile-time constants, for {@code @RolesAllowed}. For "any signed-in staff user" list the six staff roles:
     * Liberty's own check does not honour the {@code "**"} wildcard.
     */
    public static final class Names {
        public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
        public static final String DEPT_CATALOGUER = "DEPT_CATALOGUER";
        public static final String DEPT_REVIEWER = "DEPT_REVIEWER";
        public static final String PLATFORM_REVIEWER = "PLATFORM_REVIEWER";
        public static final String CONSUMER = "CONSUMER";
        public static final String AUDITOR = "AUDITOR";
        public static final String PUBLIC_USER = "PUBLIC_USER";

        private Names() {
        }
    }
}
