/**
 * Error reports (我为政府网站找错): the public reports a wrong page by its URL; the report goes to the site
 * the URL belongs to, may be forwarded to another site, and is answered; every step is recorded.
 * The reporter's contact is stored only sealed. Imports {@code site}, {@code security} and {@code
 * interaction.intake}.
 */
package org.zhanqun.cms.interaction.errorreport;
