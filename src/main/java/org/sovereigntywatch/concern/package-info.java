/**
 * The concern register: data-sovereignty concerns (whose law can reach whose users' data, through which platform,
 * what the platform claims and how far that is verified), scored by likelihood and impact, backed by sources, reviewed
 * and published through the shared workflow, and followed up by an owner on a review date.
 */
@NullMarked
package org.sovereigntywatch.concern;

import org.jspecify.annotations.NullMarked;
