package org.zhanqun.cms.interaction.consultation;

/**
 * A consultation as a handler sends it. {@code site} and {@code code} are required when creating
 * and cannot change afterwards (an edit that names them must name the stored ones); {@code version}
 * is required when editing.
 *
 * @param site the site's id ({@code fgw})
 * @param code the consultation's code within the site, {@code [a-z0-9-]}, 1 to 64 characters: the
 *     last segment of its public address
 * @param title 1 to 200 characters
 * @param text the draft put to the public, Markdown, 1 to 200,000 characters
 * @param opens the first day opinions are taken, {@code YYYY-MM-DD} in the cluster's time zone
 * @param closes the last day opinions are taken, not before {@code opens} nor before today
 * @param version the version read, when editing
 */
public record ConsultationRequest(
    String site,
    String code,
    String title,
    String text,
    String opens,
    String closes,
    Integer version) {}
