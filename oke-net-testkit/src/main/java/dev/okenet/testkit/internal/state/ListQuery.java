package dev.okenet.testkit.internal.state;

import com.oracle.bmc.http.internal.BmcEnum;

/**
 * The filters, sort and page of one list call, normalised from the SDK's many request types.
 * Enum values are OCI's wire names (e.g. {@code AVAILABLE}, {@code TIMECREATED}, {@code ASC}).
 */
public record ListQuery(
        String compartmentId, String parentId, String displayName, String lifecycleState,
        String sortBy, String sortOrder, Integer limit, String page) {

    public static ListQuery of(String compartmentId, String parentId, String displayName, BmcEnum lifecycleState,
            BmcEnum sortBy, BmcEnum sortOrder, Integer limit, String page) {
        return new ListQuery(compartmentId, parentId, displayName, value(lifecycleState), value(sortBy),
                value(sortOrder), limit, page);
    }

    private static String value(BmcEnum value) {
        return value == null ? null : value.getValue();
    }
}
