package io.govshare.app.sharing;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time limits of the sharing workflow (each also an environment variable, e.g. GOVSHARE_SHARING_SLA_PROVIDER_DAYS).
 * Defaults are the limits seen in local rules: conformity review within 2 working days, the provider's reply within
 * 5 (10 when the resource is registered but not yet published), a missing-resource request answered within 10.
 */
@ApplicationScoped
public class SharingConfig {

    private int conformityDays;
    private int providerDays;
    private int unpublishedProviderDays;
    private int demandDays;
    private Duration reminderInterval;
    private WorkingCalendar calendar;

    /** For CDI proxies. */
    protected SharingConfig() {
    }

    @Inject
    public SharingConfig(
            @ConfigProperty(name = "govshare.sharing.sla.conformity-days", defaultValue = "2") int conformityDays,
            @ConfigProperty(name = "govshare.sharing.sla.provider-days", defaultValue = "5") int providerDays,
            @ConfigProperty(name = "govshare.sharing.sla.unpublished-provider-days", defaultValue = "10")
            int unpublishedProviderDays,
            @ConfigProperty(name = "govshare.sharing.sla.demand-days", defaultValue = "10") int demandDays,
            @ConfigProperty(name = "govshare.sharing.reminder-interval", defaultValue = "PT15M") String reminderInterval,
            @ConfigProperty(name = "govshare.sharing.holidays", defaultValue = " ") String holidays,
            @ConfigProperty(name = "govshare.sharing.working-weekend-days", defaultValue = " ") String workingWeekendDays) {
        this.conformityDays = notNegative("govshare.sharing.sla.conformity-days", conformityDays);
        this.providerDays = notNegative("govshare.sharing.sla.provider-days", providerDays);
        this.unpublishedProviderDays = notNegative("govshare.sharing.sla.unpublished-provider-days",
                unpublishedProviderDays);
        this.demandDays = notNegative("govshare.sharing.sla.demand-days", demandDays);
        this.reminderInterval = Duration.parse(reminderInterval);
        this.calendar = new WorkingCalendar(WorkingCalendar.parseDays("govshare.sharing.holidays", holidays),
                WorkingCalendar.parseDays("govshare.sharing.working-weekend-days", workingWeekendDays));
    }

    private static int notNegative(String key, int days) {
        if (days < 0) {
            throw new IllegalArgumentException(key + " must be 0 or more working days, got " + days);
        }
        return days;
    }

    public int conformityDays() {
        return conformityDays;
    }

    public int providerDays() {
        return providerDays;
    }

    public int unpublishedProviderDays() {
        return unpublishedProviderDays;
    }

    public int demandDays() {
        return demandDays;
    }

    /** How often overdue work is looked for; each overdue stage is reminded once. */
    public Duration reminderInterval() {
        return reminderInterval;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
