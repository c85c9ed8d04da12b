package org.babysteps.media.parentlink;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The address bad tokens are counted against. An IPv4 address is itself; an IPv6 address is its /64 network, since
 * one household or phone gets a whole /64 and picks a new address in it at will, which would otherwise start a fresh
 * count each time.
 */
final class ThrottledAddress {

    static final int MAX_LENGTH = 64;

    /** Only the characters of an IPv6 literal, so parsing it can never turn into a DNS lookup. */
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9a-fA-F:.]+");

    private ThrottledAddress() {
    }

    static String of(String address) {
        if (address == null) {
            return "unknown";
        }
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        int zone = bare.indexOf('%');
        bare = zone < 0 ? bare : bare.substring(0, zone);
        if (bare.contains(":") && IPV6_TEXT.matcher(bare).matches()) {
            try {
                InetAddress parsed = InetAddress.getByName(bare);
                return parsed instanceof Inet6Address ? network64(parsed.getAddress()) : parsed.getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // counted as the text it is
            }
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }

    private static String network64(byte[] bytes) {
        StringBuilder network = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            network.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
                    .append(':');
        }
        return network.append(":/64").toString();
    }
}
