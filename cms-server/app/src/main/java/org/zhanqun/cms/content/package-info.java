/**
 * Content items of every type (news, policy, interpretation, guide, form, page): identity, slug,
 * language and translation key, Markdown body, type-specific details, translations and whether they
 * are outdated, the links between interpretations and policies and between guides and forms, and
 * the item's workflow status. Imports {@code site}, {@code security} and {@code attachment}; {@code
 * workflow} and {@code history} build on it, never the reverse: a save is announced as an {@link
 * org.zhanqun.cms.content.ItemSaved} event.
 */
package org.zhanqun.cms.content;
