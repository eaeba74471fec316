/**
 * The failures the features report, independent of HTTP: a {@link DomainException} names what
 * failed and carries the offending values as {@link FieldError}s; {@code infrastructure.rest} maps
 * them to 4xx responses. Imports no feature and no JAX-RS.
 */
package org.zhanqun.cms.infrastructure.error;
