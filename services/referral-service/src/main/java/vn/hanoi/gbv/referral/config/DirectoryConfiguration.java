package vn.hanoi.gbv.referral.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.referral.directory.adapters.persistence.AgencyDirectoryFile;
import vn.hanoi.gbv.referral.directory.domain.AgencyChanges;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;

/**
 * The agency directory: the seed file, read once at start (a file that does not load stops the service), with the
 * changes admins stored in MongoDB laid over it, so they survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

    @Bean
    AgencyDirectory agencyDirectory(DirectoryProperties properties, AgencyChanges changes) {
        AgencyDirectory directory = AgencyDirectoryFile.read(properties.location());
        for (var changed : changes.all()) {
            try {
                directory.put(changed);
            } catch (IllegalArgumentException e) {
                log.error("Stored change of agency {} not applied: {}", changed.id(), e.getMessage());
            }
        }
        log.info("Agency directory: {} agencies, {} wards, from {}", directory.agencies().size(),
                directory.wards().size(), properties.location().getDescription());
        return directory;
    }
}
