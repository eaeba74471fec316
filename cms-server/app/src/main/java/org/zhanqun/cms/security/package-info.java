/**
 * Who may do what: user accounts with PBKDF2-hashed passwords, roles per site (editor, reviewer)
 * and cluster-wide (administrator, evaluator), login tokens with an expiry, the web console's
 * browser session (the token in an HttpOnly, SameSite=Strict cookie, writes guarded by a CSRF token
 * derived from it), the request filter that authenticates a bearer token or the session cookie and
 * {@link org.zhanqun.cms.security.CurrentCaller}, which the features ask before they act. Imports
 * no other feature.
 */
package org.zhanqun.cms.security;
