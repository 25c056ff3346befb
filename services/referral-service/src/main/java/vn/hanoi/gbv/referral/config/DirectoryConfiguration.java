package vn.hanoi.gbv.referral.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.referral.directory.adapters.persistence.AgencyDirectoryFile;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;

/** The agency directory, read once at start: a file that does not load stops the service. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

    @Bean
    AgencyDirectory agencyDirectory(DirectoryProperties properties) {
        AgencyDirectory directory = AgencyDirectoryFile.read(properties.location());
        log.info("Agency directory: {} agencies, {} wards, from {}", directory.agencies().size(),
                directory.wards().size(), properties.location().getDescription());
        return directory;
    }
}
