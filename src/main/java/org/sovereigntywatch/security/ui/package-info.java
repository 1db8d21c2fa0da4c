/** Signing in, and the admins' view of users. */
@NullMarked
package org.sovereigntywatch.security.ui;

import org.jspecify.annotations.NullMarked;
