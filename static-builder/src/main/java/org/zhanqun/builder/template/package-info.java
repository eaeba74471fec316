/**
 * Renders page models with FreeMarker: one {@code Configuration} per theme for the whole build
 * (theme folder first, then {@code _shared}), the template lookup order, and the {@code msg} method
 * that gives templates their UI strings. Report pages shipped on the class path are rendered by
 * {@code org.zhanqun.builder.report}; these two packages are the only ones that import {@code
 * freemarker}.
 */
package org.zhanqun.builder.template;
