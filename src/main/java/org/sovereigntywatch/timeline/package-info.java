/**
 * Platform-policy timelines: what each government did about which platform, and when. A policy measure (a law, an
 * executive order, a court case, a device ban, a fine…) of one jurisdiction has dated events (announced, signed, in
 * force, enjoined, postponed, lifted…), each backed by sources, with dates as precise as what is known: a day, a month
 * or a year. Measures go through the same review workflow and jurisdiction scope as concerns, link to each other
 * (supersedes, amends, repeals, challenges) and to the concerns they bear on.
 */
@NullMarked
package org.sovereigntywatch.timeline;

import org.jspecify.annotations.NullMarked;
