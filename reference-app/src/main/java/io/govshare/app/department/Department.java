package io.govshare.app.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A department of the city (提供方 / 使用方), identified by its 统一社会信用代码. Its two-digit {@code number} is the
 * 项 of DEPARTMENT classification codes ({@code 3} + number + 目), so it is unique and never reused.
 */
@Entity
@Table(name = "departments")
public class Department {

    @Id
    @Column(name = "code", length = 18)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "dept_number", nullable = false, length = 2)
    private String number;

    /** The region the department belongs to (示范市, a district); null when not recorded. */
    @Column(name = "region_name", length = 100)
    private String region;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Department() {
    }

    public Department(String code, String name, String number, String region) {
        this.code = code;
        this.name = name;
        this.number = number;
        this.region = region;
        this.createdAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public String getRegion() {
        return region;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
