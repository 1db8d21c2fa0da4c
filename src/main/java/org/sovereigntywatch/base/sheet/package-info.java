/**
 * Reading a spreadsheet a user uploads, row by row, knowing nothing about what the rows mean: CSV (UTF-8, comma or
 * semicolon separated) and XLSX (first sheet), told apart by their content. {@link
 * org.sovereigntywatch.base.sheet.SheetReader} checks the file and its header and streams the rows; every fault of the
 * file itself is a {@link org.sovereigntywatch.base.sheet.SheetException} whose text the user can act on, in their
 * language. {@link org.sovereigntywatch.base.sheet.FormulaCells} is the one home of the rule that keeps formula-like
 * cells text, both ways: the exports add a {@code '}, the reader takes it off again.
 */
@NullMarked
package org.sovereigntywatch.base.sheet;

import org.jspecify.annotations.NullMarked;
