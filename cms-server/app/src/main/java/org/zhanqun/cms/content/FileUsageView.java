package org.zhanqun.cms.content;

import java.util.List;
import org.zhanqun.cms.attachment.FileView;

/** A file and the items that use it, by id. */
public record FileUsageView(FileView file, List<FileUse> usedBy) {}
