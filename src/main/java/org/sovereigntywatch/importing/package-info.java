/**
 * Import: a team's spreadsheets (CSV or XLSX) brought in as drafts. A file is read row by row
 * ({@link org.sovereigntywatch.base.sheet.SheetReader}), its columns matched to a kind's fields ({@link ColumnMapping}),
 * and every row checked by the same rules the forms and services apply before anything is written: a dry run first,
 * always, then one transaction that writes all the rows or none ({@link ImportService}). Each kind has its own
 * {@link KindImporter}; an import is recorded with the items it brought ({@link ImportRun}).
 * <p>
 * It sits beside the dashboard and reports, above the features it writes into, and writes only through their services.
 */
@NullMarked
package org.sovereigntywatch.importing;

import org.jspecify.annotations.NullMarked;
