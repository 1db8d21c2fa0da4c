/**
 * Views of the reference data: everyone browses jurisdictions and platforms; admins edit them. Also the pickers every
 * feature uses to choose jurisdictions and platforms, one or several, fetched lazily as the user types.
 */
@NullMarked
package org.sovereigntywatch.reference.ui;

import org.jspecify.annotations.NullMarked;

