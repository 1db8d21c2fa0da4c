/**
 * The read-only JSON API under {@code /api/v1}, for the scripts and tools of the organisations that use the record:
 * registers paged by cursor (keyset, so that records added meanwhile shift nothing), filtered as the screens filter,
 * errors as RFC 9457 problem details, and an OpenAPI description at {@code /api/docs}. It reads through the features'
 * services, so a personal access token (see the security feature) sees exactly what its owner sees on the screens.
 */
@NullMarked
package org.sovereigntywatch.api;

import org.jspecify.annotations.NullMarked;
