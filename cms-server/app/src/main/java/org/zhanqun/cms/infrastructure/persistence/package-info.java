/**
 * The database: the data source (MariaDB through Connector/J, its URL from MicroProfile Config),
 * the Flyway schema migrations run at start-up before anything else touches the schema, and the
 * JSON column converter. Imports no feature.
 */
package org.zhanqun.cms.infrastructure.persistence;
