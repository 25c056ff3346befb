package vn.hanoi.gbv.referral.webhooks.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which network addresses a partner's webhook may point to: public unicast addresses only. A referral posted to
 * an address inside our own network (loopback, private ranges, link-local with the cloud metadata service at
 * 169.254.169.254, carrier-grade NAT, multicast, unspecified, documentation and reserved ranges, and the same
 * behind IPv6 forms that embed an IPv4 address) would let whoever sets a webhook make this service call its
 * neighbours (server-side request forgery), or post survivors' referrals inside the network.
 */
public final class PublicAddresses {

    // A dotted quad as people write it: four decimal numbers, no leading zeros (0177.0.0.1 is octal to some parsers).
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("\\d+|0x[0-9a-f]*");

    /** Whether {@code address} is a public unicast address a partner's server may have. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? isPublicV4(bytes) : isPublicV6(bytes);
    }

    /**
     * The address a URL's host names literally: an IPv4 dotted quad or a bracketed IPv6 address; empty for a host
     * name. A host written as a number in any other form (2130706433, 0x7f.1, 0177.0.0.1, 127.1) is no name either:
     * such forms are read differently by different parsers, so they are refused outright ({@code IllegalArgument}).
     */
    public static Optional<InetAddress> literal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        try {
            if (h.startsWith("[") && h.endsWith("]")) {
                return Optional.of(InetAddress.getByName(h.substring(1, h.length() - 1)));
            }
            if (DOTTED_QUAD.matcher(h).matches()) {
                return Optional.of(InetAddress.getByName(h));
            }
        } catch (UnknownHostException notAnAddress) {
            throw new IllegalArgumentException("not an address");
        }
        String[] labels = h.endsWith(".") ? h.substring(0, h.length() - 1).split("\\.") : h.split("\\.");
        for (String label : labels) {
            if (label.startsWith("0x") && NUMERIC_LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("numeric host");
            }
        }
        // No top-level domain is all digits: a name ending in a number is a number in disguise.
        if (NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches()) {
            throw new IllegalArgumentException("numeric host");
        }
        return Optional.empty();
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0                                   // "this network", unspecified
                || a0 == 10                                // private
                || a0 == 100 && a1 >= 64 && a1 <= 127      // carrier-grade NAT
                || a0 == 127                               // loopback
                || a0 == 169 && a1 == 254                  // link-local, cloud metadata
                || a0 == 172 && a1 >= 16 && a1 <= 31       // private
                || a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2) // IETF protocol assignments, documentation
                || a0 == 192 && a1 == 88 && a2 == 99       // 6to4 relay anycast
                || a0 == 192 && a1 == 168                  // private
                || a0 == 198 && (a1 == 18 || a1 == 19)     // benchmarking
                || a0 == 198 && a1 == 51 && a2 == 100      // documentation
                || a0 == 203 && a1 == 0 && a2 == 113       // documentation
                || a0 >= 224);                             // multicast, reserved, broadcast
    }

    private static boolean isPublicV6(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        if (firstTenZero && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-mapped ::ffff:a.b.c.d
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0x00 && second == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 64:ff9b::/96
        }
        if (first == 0x20 && second == 0x02) {
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]});     // 6to4 2002::/16
        }
        return !((first & 0xfe) == 0xfc                     // unique local fc00::/7 (fd00:ec2::254, metadata)
                || first == 0xfe && (second & 0xc0) == 0x80  // link-local fe80::/10
                || first == 0xfe && (second & 0xc0) == 0xc0  // site-local fec0::/10
                || first == 0xff                             // multicast
                || first == 0x20 && second == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8 // documentation
                || first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0              // Teredo
                || first == 0x01 && second == 0x00 && b[2] == 0 && b[3] == 0);            // discard 100::/64
    }

    private PublicAddresses() {
    }
}
