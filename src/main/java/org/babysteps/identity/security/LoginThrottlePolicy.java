package org.babysteps.identity.security;

/**
 * When to refuse a login attempt outright: too many recent failures for one account (someone guessing its
 * password) or from one address (someone trying many accounts). Pure rule, tested without Spring.
 */
public record LoginThrottlePolicy(int maxFailuresPerAccount, int maxFailuresPerAddress) {

    public LoginThrottlePolicy {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("Limits must be at least 1");
        }
    }

    public boolean blocks(long recentAccountFailures, long recentAddressFailures) {
        return recentAccountFailures >= maxFailuresPerAccount || recentAddressFailures >= maxFailuresPerAddress;
    }
}
