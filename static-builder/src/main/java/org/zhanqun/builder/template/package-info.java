/**
 * Renders page models with FreeMarker: one {@code Configuration} per theme for the whole build
 * (theme folder first, then {@code _shared}), the template lookup order, and the {@code msg} method
 * that gives templates their UI strings; {@link org.zhanqun.builder.template.ReportTemplate} for
 * report pages shipped on the class path (the proofread command's HTML). The only package that
 * imports {@code freemarker}.
 */
package org.zhanqun.builder.template;
