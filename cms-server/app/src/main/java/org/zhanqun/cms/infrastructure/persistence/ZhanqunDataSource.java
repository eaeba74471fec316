package org.zhanqun.cms.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's MariaDB data source, {@code java:app/jdbc/zhanqun}. Its URL, user and password
 * come from {@code zhanqun.db.url}, {@code zhanqun.db.user} and {@code zhanqun.db.password}
 * (environment variables {@code ZHANQUN_DB_URL} ... override the shipped defaults).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/zhanqun",
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=zhanqun.db.url}",
    user = "${MPCONFIG=zhanqun.db.user}",
    password = "${MPCONFIG=zhanqun.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class ZhanqunDataSource {}
