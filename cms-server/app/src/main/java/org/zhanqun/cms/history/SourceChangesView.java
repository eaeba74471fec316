package org.zhanqun.cms.history;

import java.util.List;
import org.zhanqun.cms.content.ItemRef;

/**
 * What changed in the source-language version of a translation since the translation was last
 * saved.
 *
 * @param source the source-language version of the translation group
 * @param sinceRevision the source's revision when the translation was last saved; null when the
 *     source did not exist then (every field of the source is a change from null)
 * @param sourceRevision the source's current revision
 * @param changes field by field, from {@code sinceRevision} to {@code sourceRevision}; empty when
 *     the translation is not outdated
 */
public record SourceChangesView(
    ItemRef source, Integer sinceRevision, int sourceRevision, List<FieldChange> changes) {}
