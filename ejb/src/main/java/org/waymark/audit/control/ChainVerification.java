package org.waymark.audit.control;

/**
 * The result of walking the audit chain: valid, or the first record that was changed, deleted
 * (the record after the gap), inserted out of order or, at the end, cut off.
 */
public record ChainVerification(boolean valid, Long firstBrokenId, String problem, long recordsChecked, long millis) {

    static ChainVerification valid(long checked, long millis) {
        return new ChainVerification(true, null, null, checked, millis);
    }

    static ChainVerification broken(long id, String problem, long checked, long millis) {
        return new ChainVerification(false, id, problem, checked, millis);
    }
}
