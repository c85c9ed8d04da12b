package org.babysteps.audit;

/** What was done to a record. */
public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_THROTTLED,
    LOGOUT
}
