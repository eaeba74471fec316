/**
 * Who may do what: user accounts with PBKDF2-hashed passwords, roles per site (editor, reviewer)
 * and cluster-wide (administrator, evaluator), login tokens with an expiry, the request filter that
 * authenticates a bearer token and {@link org.zhanqun.cms.security.CurrentCaller}, which the
 * features ask before they act. Imports no other feature.
 */
package org.zhanqun.cms.security;
