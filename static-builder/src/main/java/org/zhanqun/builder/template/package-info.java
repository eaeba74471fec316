/**
 * Renders page models with FreeMarker: one {@code Configuration} per theme for the whole build
 * (theme folder first, then {@code _shared}), the template lookup order, and the {@code msg} method
 * that gives templates their UI strings. The only package that imports {@code freemarker}.
 */
package org.zhanqun.builder.template;
