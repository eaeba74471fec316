package org.zhanqun.cms.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** New settings of the cluster. */
public record ClusterRequest(
    @NotEmpty(message = "is required: the cluster's name per language") Map<String, String> names,
    @NotBlank(message = "is required, e.g. https://www.example.gov.cn/")
        @Size(max = 500, message = "at most 500 characters")
        String baseUrl,
    @NotBlank(message = "is required, e.g. zh-CN") String defaultLanguage,
    @NotEmpty(message = "is required") @Size(max = 20, message = "at most 20 languages")
        List<String> languages,
    @NotBlank(message = "is required, e.g. Asia/Shanghai") String timeZone,
    @NotNull(message = "is required: the version you read") Integer version) {}
