/** Signing in (the password, then a code when two-step sign-in is on), its set-up, and the admins' views of users and
 * of the sign-in policy. */
@NullMarked
package org.sovereigntywatch.security.ui;

import org.jspecify.annotations.NullMarked;
