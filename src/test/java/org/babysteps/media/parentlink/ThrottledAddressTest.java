package org.babysteps.media.parentlink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrottledAddressTest {

    @Test
    void anIpv4AddressIsCountedAsItself() {
        assertThat(ThrottledAddress.of("192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void everyIpv6AddressOfOneSlash64NetworkIsCountedAsThatNetwork() {
        assertThat(ThrottledAddress.of("2001:db8:1:2::a")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ThrottledAddress.of("2001:0db8:0001:0002:ffff:eeee:dddd:cccc")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ThrottledAddress.of("[2001:db8:1:2::b]")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ThrottledAddress.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ThrottledAddress.of("2001:db8:1:3::a")).isNotEqualTo(ThrottledAddress.of("2001:db8:1:2::a"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsCountedAsTheIpv4Address() {
        assertThat(ThrottledAddress.of("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void somethingThatIsNoAddressIsCountedAsTextOfAtMost64Characters() {
        assertThat(ThrottledAddress.of(null)).isEqualTo("unknown");
        assertThat(ThrottledAddress.of("x".repeat(100))).hasSize(64);
        assertThat(ThrottledAddress.of("not:an:address")).isEqualTo("not:an:address");
    }
}
