package vn.hanoi.gbv.referral.directory.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.referral.directory.adapters.persistence.AgencyDirectoryFile;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.directory.domain.Ward;

/** The Hanoi demo directory, a replacement file, and the mistakes a file is refused for. */
class AgencyDirectoryFileUnitTest {

    private static AgencyDirectory read(String yaml) {
        return AgencyDirectoryFile.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theHanoiDemoDirectoryCoversTheDemoWards() {
        AgencyDirectory hanoi = AgencyDirectoryFile.read(new ClassPathResource("directory/hanoi-demo-agencies.yml"));

        assertThat(hanoi.wards()).extracting(Ward::id).contains("hoan-kiem", "suoi-hai", "ba-vi", "my-duc");
        assertThat(hanoi.wards()).extracting(Ward::nameVi).contains("Phường Hoàn Kiếm", "Xã Suối Hai");
        assertThat(hanoi.byId("ubnd-hoan-kiem")).get().extracting(Agency::type).isEqualTo(AgencyType.PEOPLES_COMMITTEE);
        assertThat(hanoi.byId("police-hoan-kiem")).get().extracting(Agency::type).isEqualTo(AgencyType.POLICE);
        assertThat(hanoi.byId("health-hoan-kiem")).get().extracting(Agency::type).isEqualTo(AgencyType.HEALTH);
        assertThat(hanoi.byId("ubnd-suoi-hai")).get().extracting(Agency::type).isEqualTo(AgencyType.PEOPLES_COMMITTEE);
        assertThat(hanoi.byId("police-suoi-hai")).isPresent();
        assertThat(hanoi.byId("health-suoi-hai")).isPresent();
        assertThat(hanoi.byId("peace-house")).get().satisfies(peaceHouse -> {
            assertThat(peaceHouse.nameVi()).startsWith("Ngôi nhà Bình yên");
            assertThat(peaceHouse.provinceWide()).isTrue();
        });
        // Every type a need is served by, and the committee, has an agency serving hoan-kiem.
        for (AgencyType type : new AgencyType[] {AgencyType.PEOPLES_COMMITTEE, AgencyType.POLICE, AgencyType.HEALTH,
                AgencyType.LEGAL_AID, AgencyType.SHELTER, AgencyType.PSYCHOSOCIAL, AgencyType.SOCIAL_PROTECTION}) {
            assertThat(hanoi.serving("hoan-kiem", type)).as(type.name()).isNotEmpty();
        }
    }

    @Test
    void anotherProvincesFileReplacesIt() {
        AgencyDirectory other = read("""
                directory:
                  wards:
                    - {id: tan-lap, name-vi: Xã Tân Lập, name-en: Tan Lap Commune}
                  agencies:
                    - {id: ubnd-tan-lap, type: PEOPLES_COMMITTEE, name-vi: UBND xã Tân Lập,
                       name-en: Tan Lap People's Committee, wards-served: [tan-lap]}
                """);

        assertThat(other.agencies()).extracting(Agency::id).containsExactly("ubnd-tan-lap");
        assertThat(other.serving("tan-lap", AgencyType.PEOPLES_COMMITTEE)).hasSize(1);
    }

    @Test
    void aMisspelledKeyIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> read("""
                directory:
                  wards:
                    - {id: tan-lap, name-vi: Xã Tân Lập, name-en: Tan Lap Commune}
                  agencies:
                    - {id: ubnd-tan-lap, type: PEOPLES_COMMITTEE, name-vi: UBND, name-en: PC, ward-served: [tan-lap]}
                """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ward-served");
    }

    @Test
    void anAgencyServingAWardNotInTheDirectoryIsRefused() {
        assertThatThrownBy(() -> read("""
                directory:
                  wards:
                    - {id: tan-lap, name-vi: Xã Tân Lập, name-en: Tan Lap Commune}
                  agencies:
                    - {id: police-x, type: POLICE, name-vi: CA, name-en: Police, wards-served: [tan-lapp]}
                """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("tan-lapp");
    }

    @Test
    void anAgencyListedTwiceOrServingNobodyIsRefused() {
        assertThatThrownBy(() -> read("""
                directory:
                  wards:
                    - {id: tan-lap, name-vi: Xã Tân Lập, name-en: Tan Lap Commune}
                  agencies:
                    - {id: police-x, type: POLICE, name-vi: CA, name-en: Police, wards-served: [tan-lap]}
                    - {id: police-x, type: POLICE, name-vi: CA, name-en: Police, wards-served: [tan-lap]}
                    - {id: shelter-x, type: SHELTER, name-vi: Nhà tạm lánh, name-en: Shelter}
                """)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("police-x is listed twice")
                .hasMessageContaining("shelter-x serves no ward");
    }

    @Test
    void anUnknownAgencyTypeIsRefused() {
        assertThatThrownBy(() -> read("""
                directory:
                  wards:
                    - {id: tan-lap, name-vi: Xã Tân Lập, name-en: Tan Lap Commune}
                  agencies:
                    - {id: court-x, type: COURT, name-vi: Tòa án, name-en: Court, province-wide: true}
                """)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> AgencyDirectoryFile.read(new ClassPathResource("directory/no-such-province.yml")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not found");
    }
}
