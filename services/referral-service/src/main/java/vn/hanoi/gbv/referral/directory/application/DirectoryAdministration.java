package vn.hanoi.gbv.referral.directory.application;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.referral.AgencyDirectoryChanged;
import vn.hanoi.gbv.events.referral.AgencyDirectoryChanged.Change;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyChanges;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.directory.domain.AgencyNotFound;
import vn.hanoi.gbv.referral.webhooks.application.WebhookSettingsCheck;

/**
 * An admin creates or changes agencies of the directory. Each change is stored with its AgencyDirectoryChanged
 * event in one write, then applied to this instance's directory at once; other instances pick it up on their next
 * refresh ({@link #refresh}). An update of the agency keeps its webhook settings; those change on their own
 * ({@link #changeWebhook}), checked as at start ({@link WebhookSettingsCheck}). Neither the webhook URL nor the
 * contact details go into the event or the log.
 */
@Service
public class DirectoryAdministration {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAdministration.class);

    private final AgencyDirectory directory;
    private final AgencyChanges changes;
    private final WebhookSettingsCheck webhookCheck;

    public DirectoryAdministration(AgencyDirectory directory, AgencyChanges changes,
            WebhookSettingsCheck webhookCheck) {
        this.directory = directory;
        this.changes = changes;
        this.webhookCheck = webhookCheck;
    }

    public Agency create(CurrentUser admin, Agency agency) {
        if (directory.byId(agency.id()).isPresent()) {
            throw new Conflict("problem.directory.agency-exists", agency.id());
        }
        checkWards(agency.wardsServed());
        return store(admin, agency, OptionalLong.empty(), Change.CREATED);
    }

    public Agency update(CurrentUser admin, String agencyId, Agency changed) {
        Agency current = directory.byId(agencyId).orElseThrow(AgencyNotFound::new);
        checkWards(changed.wardsServed());
        Agency agency = new Agency(agencyId, changed.nameVi(), changed.nameEn(), changed.type(),
                changed.wardsServed(), changed.provinceWide(), current.webhook(), changed.profile());
        return store(admin, agency, changes.version(agencyId), Change.UPDATED);
    }

    /**
     * Sets where the agency's referrals are pushed: refused with a 400 naming {@code webhook.url} (not https unless
     * allowed, not absolute, credentials in it) or {@code webhook.secretRef} (enabled without a configured secret).
     * The secret-ref defaults to the agency id. Stored and announced like any other change of the agency.
     */
    public Agency changeWebhook(CurrentUser admin, String agencyId, Agency.Webhook webhook) {
        Agency current = directory.byId(agencyId).orElseThrow(AgencyNotFound::new);
        Agency.Webhook settings = new Agency.Webhook(webhook.url(),
                webhook.secretRef() == null || webhook.secretRef().isBlank() ? agencyId : webhook.secretRef(),
                webhook.enabled());
        Agency agency = new Agency(agencyId, current.nameVi(), current.nameEn(), current.type(),
                current.wardsServed(), current.provinceWide(), settings, current.profile());
        webhookCheck.check(agency);
        store(admin, agency, changes.version(agencyId), Change.UPDATED);
        log.info("Agency {}: webhook {} by {}", agencyId, settings.enabled() ? "enabled" : "disabled", admin.id());
        return agency;
    }

    private Agency store(CurrentUser admin, Agency agency, OptionalLong version, Change change) {
        var event = new AgencyDirectoryChanged(AgencyDirectoryChanged.DIRECTORY, agency.id(), change, agency.type(),
                agency.wardsServed(), agency.provinceWide(), agency.profile().services());
        try {
            directory.check(agency);
            changes.save(agency, version, event, admin.actingAs(Roles.ADMIN));
        } catch (DuplicateKeyException concurrent) {
            throw new OptimisticLockingFailureException("agency " + agency.id() + " stored meanwhile", concurrent);
        } catch (IllegalArgumentException incomplete) {
            throw new InvalidInput("agency", "problem.directory.agency-invalid");
        }
        directory.put(agency);
        log.info("Agency {} {} by {}", agency.id(), change, admin.id());
        return agency;
    }

    private void checkWards(Set<String> wards) {
        List<String> unknown = wards.stream().filter(ward -> !directory.knowsWard(ward)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("wardsServed", "problem.directory.unknown-ward", String.join(", ", unknown));
        }
    }

    /** Lays the stored changes over this instance's directory: at start, and now and then for other instances. */
    @Scheduled(fixedDelayString = "${gbv.referral.directory.refresh-interval:PT1M}")
    public void refresh() {
        for (Agency agency : changes.all()) {
            try {
                directory.put(agency);
            } catch (IllegalArgumentException e) {
                // E.g. a ward the seed file no longer lists: keep the seed's version rather than stop routing.
                log.error("Stored change of agency {} not applied: {}", agency.id(), e.getMessage());
            }
        }
    }
}
