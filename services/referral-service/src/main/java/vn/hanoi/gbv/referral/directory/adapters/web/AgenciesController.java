package vn.hanoi.gbv.referral.directory.adapters.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.referral.directory.application.DirectoryAdministration;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyNotFound;
import vn.hanoi.gbv.referral.webhooks.application.WebhookSecrets;

/**
 * The agency directory: read by every staff role (so a counsellor can tell a survivor which agencies serve her
 * ward before she chooses whom to share with; public reference data), created and changed by admins, each change
 * an AgencyDirectoryChanged event. Webhook settings are read and changed by admins only, on their own address.
 */
@RestController
@RequestMapping(path = "/api/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
class AgenciesController {

    private static final String STAFF =
            "hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER', 'SUPERVISOR', 'ADMIN')";

    private final AgencyDirectory directory;
    private final DirectoryAdministration administration;
    private final WebhookSecrets secrets;

    AgenciesController(AgencyDirectory directory, DirectoryAdministration administration, WebhookSecrets secrets) {
        this.directory = directory;
        this.administration = administration;
        this.secrets = secrets;
    }

    @GetMapping
    @PreAuthorize(STAFF)
    List<AgencyView> agencies(@RequestParam(required = false) String ward) {
        var agencies = ward == null ? directory.agencies() : directory.serving(ward);
        return agencies.stream().map(AgencyView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    AgencyView agency(@PathVariable String id) {
        return directory.byId(id).map(AgencyView::of).orElseThrow(AgencyNotFound::new);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AgencyView> create(CurrentUser admin, @Valid @RequestBody AgencyRequest request) {
        if (request.id() == null || request.id().isBlank()) {
            throw new InvalidInput("id", "problem.directory.id-required");
        }
        var created = administration.create(admin, request.toAgency(request.id()));
        return ResponseEntity.created(URI.create("/api/agencies/" + created.id())).body(AgencyView.of(created));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    AgencyView update(CurrentUser admin, @PathVariable String id, @Valid @RequestBody AgencyRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidInput("id", "problem.directory.id-mismatch");
        }
        return AgencyView.of(administration.update(admin, id, request.toAgency(id)));
    }

    @GetMapping("/{id}/webhook")
    @PreAuthorize("hasRole('ADMIN')")
    WebhookSettingsView webhook(@PathVariable String id) {
        return settingsOf(directory.byId(id).orElseThrow(AgencyNotFound::new));
    }

    @PutMapping(path = "/{id}/webhook", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    WebhookSettingsView changeWebhook(CurrentUser admin, @PathVariable String id,
            @RequestBody WebhookRequest request) {
        directory.byId(id).orElseThrow(AgencyNotFound::new);
        return settingsOf(administration.changeWebhook(admin, id, request.toWebhook()));
    }

    private WebhookSettingsView settingsOf(Agency agency) {
        return WebhookSettingsView.of(agency, agency.webhook() != null && secrets.of(agency.webhook()).isPresent());
    }
}
