/**
 * Settings and shared engines that are configuration: the clock the server reads time from. Keys
 * and their defaults live in {@code META-INF/microprofile-config.properties}. Imports no feature.
 */
package org.zhanqun.cms.infrastructure.config;
