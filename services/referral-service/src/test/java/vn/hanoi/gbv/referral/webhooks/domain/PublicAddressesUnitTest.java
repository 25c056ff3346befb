package vn.hanoi.gbv.referral.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Public unicast addresses pass; everything inside a network, reserved or ambiguous does not. */
class PublicAddressesUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "1.1.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8",
            "172.32.0.1", "100.128.0.1", "192.169.0.1"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1", "172.31.255.255",
            "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "224.0.0.1",
            "255.255.255.255", "192.0.2.1", "198.18.0.1", "::", "::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
            "fd00:ec2::254", "fc00::1", "fe80::1", "ff02::1", "2001:db8::1", "64:ff9b::a00:1", "2002:7f00:1::1"})
    void addressesInsideANetworkOrReservedDoNot(String address) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "0x7f.0.0.1", "0177.0.0.1", "127.1", "0x7f000001", "10.1", "1.2.3.04"})
    void aHostWrittenAsANumberInAnyOtherFormIsRefusedOutright(String host) {
        assertThatThrownBy(() -> PublicAddresses.literal(host)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.example", "hooks.agency.gov.vn", "1password.com", "x0x7f.example"})
    void namesAreNames(String host) {
        assertThat(PublicAddresses.literal(host)).isEmpty();
    }
}
