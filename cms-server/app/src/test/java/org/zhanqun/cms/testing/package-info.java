/**
 * What every integration test shares: the embedded MariaDB and the one Payara Micro deployment of
 * the real WAR ({@link org.zhanqun.cms.testing.ZhanqunIT}), and a small HTTP client for the JSON
 * API ({@link org.zhanqun.cms.testing.ApiClient}). Imports no main code: the tests are black-box.
 */
package org.zhanqun.cms.testing;
