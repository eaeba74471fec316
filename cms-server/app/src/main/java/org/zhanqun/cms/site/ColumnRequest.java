package org.zhanqun.cms.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.zhanqun.model.site.ColumnCode;

/**
 * A column as a client sends it. {@code code} is required when creating; {@code version} when
 * updating.
 */
public record ColumnRequest(
    @Pattern(regexp = ColumnCode.PATTERN, message = ColumnCode.DESCRIPTION) String code,
    Long parentId,
    @NotEmpty(message = "is required: the column's name per language") Map<String, String> names,
    @NotBlank(message = "is required: the audit category") String category,
    @NotEmpty(message = "is required: the content types the column holds")
        @Size(max = 20, message = "at most 20 types")
        List<String> types,
    Integer position,
    Integer version) {}
