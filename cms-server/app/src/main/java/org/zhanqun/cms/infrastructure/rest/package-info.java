/**
 * HTTP concerns no feature owns: the error body and the mappers that turn failures into 4xx
 * responses naming each field, JSON settings, the request size limit and the health endpoint.
 * Imports no feature.
 */
package org.zhanqun.cms.infrastructure.rest;
