package org.sovereigntywatch.importing;

import java.nio.file.Path;

/**
 * An uploaded file waiting to be imported as {@code kind}: kept in a temporary file between the dry run and the
 * commit, read anew by each, never held in memory.
 *
 * @param name the name the user's file had, for messages and the import's record
 */
public record ImportFile(ImportKind kind, Path path, String name) {
}
