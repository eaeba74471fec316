package org.zhanqun.cms.history;

import java.util.List;

/**
 * What a publication of the working copy would change: the working copy against the live revision,
 * field by field.
 *
 * @param liveRevision the revision readers see; null when the item is not live, and then every
 *     field of the working copy is a change from null
 * @param revision the working copy's revision
 */
public record LiveDiffView(Integer liveRevision, int revision, List<FieldChange> changes) {}
