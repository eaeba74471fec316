package org.zhanqun.cms.content;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The server's verdict on one value: valid with its canonical form, or refused with the sentence a
 * save of that value would answer. Both members are always written, null included.
 *
 * @param valid whether the API accepts the value
 * @param value the value as it would be stored (a 文号's brackets normalised, a language tag's case
 *     canonical); null when refused
 * @param reason why the value is refused; null when valid
 */
@JsonbNillable
public record RuleCheckView(boolean valid, String value, String reason) {}
