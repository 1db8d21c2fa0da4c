/** Views of the reference data: everyone browses jurisdictions and platforms; admins edit them. */
@NullMarked
package org.sovereigntywatch.reference.ui;

import org.jspecify.annotations.NullMarked;
