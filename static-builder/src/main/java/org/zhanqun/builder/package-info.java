/**
 * The static builder: renders the published website cluster from a content source, the themes in
 * {@code site-templates/} and the bundles in {@code i18n/}. Its rendering work arrives with issue
 * #4; until then the module only reserves its place in the build.
 */
package org.zhanqun.builder;
