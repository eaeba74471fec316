package org.zhanqun.cms.content.policy;

import java.util.List;

/**
 * What a policy interpretation (政策解读) adds: the policy documents it explains, by item id, and its
 * form ({@code text}, {@code graphic}, {@code video} or {@code qa}).
 */
public record InterpretationDetails(List<Long> interprets, String form) {}
