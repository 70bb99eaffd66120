package io.govshare.catalog;

/**
 * The six figures of the 信息资源大普查 survey. Storage in megabytes; any figure may be unknown (null).
 */
public record SurveyCounts(Long storageMb, Long records, Long sharedStorageMb, Long sharedRecords,
                           Long openStorageMb, Long openRecords) {
}
