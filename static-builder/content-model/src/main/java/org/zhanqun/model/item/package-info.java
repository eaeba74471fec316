/**
 * Content items as the content format defines them, their per-type parts ({@link
 * org.zhanqun.model.item.ItemPart}), and the values that validate themselves: 文号, 索引号, slug,
 * validity, interpretation form, file format, the guide's elements and the limits of texts. Each
 * value's {@code parse} gives the value or the one sentence every door reports. Imports only {@code
 * site} of the model.
 */
package org.zhanqun.model.item;
