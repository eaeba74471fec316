package org.zhanqun.model.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of content item; a column lists the ones it may hold. */
public enum ContentType {
  /** 新闻: news articles. */
  NEWS,
  /** 政策文件: policy documents with disclosure metadata. */
  POLICY,
  /** 政策解读: interpretations of policy documents. */
  INTERPRETATION,
  /** 办事指南: service guides with their standard elements. */
  GUIDE,
  /** 表格下载: a downloadable form. */
  FORM,
  /** 页面: a standing page such as 机构概况. */
  PAGE;

  /** The code used in files, the API and URLs: {@code news}, {@code policy} ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContentType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }

  /** Every code, for a message: {@code news, policy, ...}. */
  public static String codes() {
    return Arrays.stream(values()).map(ContentType::code).collect(Collectors.joining(", "));
  }
}
