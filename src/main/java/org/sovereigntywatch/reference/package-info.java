/**
 * Reference data every feature points at: jurisdictions (every ISO 3166-1 country, seeded from the JDK's own list,
 * plus the EU and the subnational ones admins add) and platforms with their aliases, operator and home jurisdiction.
 * Everyone reads them; admins edit them.
 */
@NullMarked
package org.sovereigntywatch.reference;

import org.jspecify.annotations.NullMarked;
