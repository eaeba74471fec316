package org.zhanqun.cms.content;

/**
 * One item that uses a file.
 *
 * @param title the working copy's title; the live title for an item of a site the caller may not
 *     read (only live ones are shown then)
 * @param status the item's status; null for an item of a site the caller may not read
 * @param how {@code form}: a form item that offers the file (in its working copy or its live
 *     revision); {@code link}: a guide that offers such a form (in its forms or materials) or an
 *     item whose body links to the file
 */
public record FileUse(
    long id, String site, String type, String language, String title, String status, String how) {}
