package vn.hanoi.gbv.referral.directory.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.directory.domain.Ward;

/**
 * Reads an agency directory from YAML (see {@code directory/hanoi-demo-agencies.yml} for the format). Bound
 * with Spring Boot's binder, so the file takes the same relaxed keys as the service's own configuration, and
 * keys the format does not know are refused rather than ignored.
 */
public final class AgencyDirectoryFile {

    /** The file's shape, under its top-level {@code directory:} key. */
    record Contents(List<WardEntry> wards, List<AgencyEntry> agencies) {
    }

    record WardEntry(String id, String nameVi, String nameEn) {
    }

    record AgencyEntry(String id, AgencyType type, String nameVi, String nameEn, Set<String> wardsServed,
            Boolean provinceWide, WebhookEntry webhook) {
    }

    /** Optional; {@code enabled} defaults to true, {@code secret-ref} to the agency id. Never the secret itself. */
    record WebhookEntry(java.net.URI url, String secretRef, Boolean enabled) {

        Agency.Webhook toDomain(String agencyId) {
            return new Agency.Webhook(url, secretRef == null || secretRef.isBlank() ? agencyId : secretRef,
                    enabled == null || enabled);
        }
    }

    public static AgencyDirectory read(Resource location) {
        String name = location.getDescription();
        if (!location.exists()) {
            throw new IllegalStateException("Agency directory not found: " + name);
        }
        Contents contents;
        try {
            List<ConfigurationPropertySource> sources = new ArrayList<>();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(name, location)) {
                ConfigurationPropertySources.from(source).forEach(sources::add);
            }
            contents = new Binder(sources)
                    .bind("directory", Bindable.of(Contents.class), new NoUnboundElementsBindHandler(BindHandler.DEFAULT))
                    .orElseThrow(() -> new IllegalStateException("Agency directory " + name + " has no 'directory:' key"));
        } catch (IOException e) {
            throw new UncheckedIOException("Agency directory " + name + " could not be read", e);
        } catch (BindException e) {
            // The binder's own message names only the prefix; its cause names the key or value at fault.
            String detail = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new IllegalStateException("Agency directory " + name + " is invalid: " + e.getMessage() + detail, e);
        }
        try {
            return new AgencyDirectory(
                    contents.wards() == null ? List.of() : contents.wards().stream()
                            .map(w -> new Ward(w.id(), w.nameVi(), w.nameEn())).toList(),
                    contents.agencies() == null ? List.of() : contents.agencies().stream()
                            .map(a -> new Agency(a.id(), a.nameVi(), a.nameEn(), a.type(), a.wardsServed(),
                                    Boolean.TRUE.equals(a.provinceWide()),
                                    a.webhook() == null ? null : a.webhook().toDomain(a.id())))
                            .toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    private AgencyDirectoryFile() {
    }
}
