package org.babysteps.audit;

/**
 * The result of re-computing the audit chain: how many entries were checked and, if the chain is broken, the
 * first entry whose hash or link does not match.
 */
public record AuditChainVerification(long entriesChecked, Long firstBrokenSeq) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
