/**
 * The read-only page model templates see: one record per page kind, each with the {@link
 * org.zhanqun.builder.page.PageContext} every page shares. Only strings, numbers, booleans, lists
 * and records of this package; dates are already formatted, URLs already computed, HTML bodies
 * already sanitised. Imports no FreeMarker, no Flexmark and nothing of the builder but {@code
 * site}.
 */
package org.zhanqun.builder.page;
