package org.zhanqun.audit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

class UrlTextTest {

  private static final URI PAGE = URI.create("https://www.example.gov.cn/fgw/news/a.html?page=2");

  @Test
  void encodesChineseAndSpacesButKeepsEscapesAndPlus() throws Exception {
    assertThat(UrlText.resolve(PAGE, "files/申请 表+1.pdf").toString())
        .isEqualTo(
            "https://www.example.gov.cn/fgw/news/files/%E7%94%B3%E8%AF%B7%20%E8%A1%A8+1.pdf");
    assertThat(UrlText.resolve(PAGE, "/x/%E7%94%B3.pdf").toString())
        .isEqualTo("https://www.example.gov.cn/x/%E7%94%B3.pdf");
  }

  @Test
  void resolvesFragmentsAndQueriesAgainstTheDocumentNotItsFolder() throws Exception {
    assertThat(UrlText.resolve(PAGE, "#part").toString())
        .isEqualTo("https://www.example.gov.cn/fgw/news/a.html?page=2#part");
    assertThat(UrlText.resolve(PAGE, "?page=3").toString())
        .isEqualTo("https://www.example.gov.cn/fgw/news/a.html?page=3");
    assertThat(UrlText.resolve(PAGE, "").toString())
        .isEqualTo("https://www.example.gov.cn/fgw/news/a.html");
  }

  @Test
  void dropsSurroundingWhitespaceAndLineBreaks() throws Exception {
    assertThat(UrlText.resolve(PAGE, "  ../b\n.html\t ").toString())
        .isEqualTo("https://www.example.gov.cn/fgw/b.html");
  }

  @Test
  void resolvesProtocolRelativeLinks() throws Exception {
    assertThat(UrlText.resolve(PAGE, "//zwfw.example.gov.cn/x").toString())
        .isEqualTo("https://zwfw.example.gov.cn/x");
  }

  @Test
  void rejectsWhatIsNoUrl() {
    assertThatThrownBy(() -> UrlText.resolve(PAGE, "http://[broken/"))
        .isInstanceOf(URISyntaxException.class);
  }

  @Test
  void decodesUtf8EscapesAndKeepsPlusAndMalformedEscapes() {
    assertThat(UrlText.decode("forms/files/%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf"))
        .isEqualTo("forms/files/申请表.pdf");
    assertThat(UrlText.decode("a+b%20c.pdf")).isEqualTo("a+b c.pdf");
    assertThat(UrlText.decode("100%.html")).isEqualTo("100%.html");
  }

  @Test
  void namesTheSchemeOnlyWhenThereIsOne() {
    assertThat(UrlText.scheme("MailTo:a@b.cn")).contains("mailto");
    assertThat(UrlText.scheme("/news/a:b.html")).isEmpty();
    assertThat(UrlText.scheme("a.html")).isEmpty();
  }

  @Test
  void statesDurationsInSecondsWhenWhole() {
    assertThat(UrlText.duration(java.time.Duration.ofSeconds(5))).isEqualTo("5 s");
    assertThat(UrlText.duration(java.time.Duration.ofMillis(300))).isEqualTo("300 ms");
  }
}
