package vn.hanoi.gbv.referral.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the agency directory is read from: a YAML file on the classpath or the file system, so another
 * province replaces the Hanoi demo file without a rebuild.
 */
@ConfigurationProperties("gbv.referral.directory")
public record DirectoryProperties(@DefaultValue("classpath:directory/hanoi-demo-agencies.yml") Resource location) {
}
