/**
 * The shell every view lives in ({@link org.sovereigntywatch.base.ui.MainLayout}), the one place that turns
 * unexpected errors into a friendly message, and small widgets the feature views share.
 */
@NullMarked
package org.sovereigntywatch.base.ui;

import org.jspecify.annotations.NullMarked;
