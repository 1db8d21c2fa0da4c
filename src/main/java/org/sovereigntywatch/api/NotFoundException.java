package org.sovereigntywatch.api;

/**
 * Nothing at this address for this caller. For an item: it does not exist, or the caller may not see it, which the
 * API never tells apart, so that a {@code 404} gives no hint that a draft exists.
 */
class NotFoundException extends RuntimeException {

    NotFoundException(String detail) {
        super(detail);
    }

    static NotFoundException item(String kind, long id) {
        return new NotFoundException("No " + kind + " " + id + ".");
    }
}
