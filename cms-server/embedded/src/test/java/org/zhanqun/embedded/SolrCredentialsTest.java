package org.zhanqun.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrCredentialsTest {

  @TempDir Path work;

  @Test
  void generatesARandomPasswordOnceAndKeepsItReadableByTheOwnerOnly() throws Exception {
    Path file = work.resolve("solr.credentials");

    SolrCredentials first = SolrCredentials.loadOrCreate(file);
    SolrCredentials again = SolrCredentials.loadOrCreate(file);
    SolrCredentials elsewhere =
        SolrCredentials.loadOrCreate(work.resolve("other/solr.credentials"));

    assertThat(first.user()).isEqualTo("zhanqun");
    assertThat(first.password()).hasSize(32);
    assertThat(again).isEqualTo(first);
    assertThat(elsewhere.password()).isNotEqualTo(first.password());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(first.toString()).doesNotContain(first.password());
  }
}
