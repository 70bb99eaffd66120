package io.govshare.app.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One downloadable file of a published release, with the checksums a downloader verifies it against. */
@Entity
@Table(name = "open_release_file")
public class OpenReleaseFileRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "release_id", nullable = false)
    private long releaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    private ReleaseFormat format;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "sm3", nullable = false, length = 64)
    private String sm3;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    /** For JPA. */
    protected OpenReleaseFileRow() {
    }

    /** A file the pipeline wrote for a published release, with the checksums it computed while writing. */
    public OpenReleaseFileRow(long releaseId, ReleaseFormat format, String fileName, long byteSize, String sm3, String sha256) {
        this.releaseId = releaseId;
        this.format = format;
        this.fileName = fileName;
        this.mediaType = format.mediaType();
        this.byteSize = byteSize;
        this.sm3 = sm3;
        this.sha256 = sha256;
    }

    public long releaseId() {
        return releaseId;
    }

    public ReleaseFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long byteSize() {
        return byteSize;
    }

    public String sm3() {
        return sm3;
    }

    public String sha256() {
        return sha256;
    }
}
