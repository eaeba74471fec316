package org.zhanqun.cms.interaction.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  private static PersonalDataCipher cipher(String key, String previous) {
    PersonalDataCipher cipher = new PersonalDataCipher();
    cipher.key = Optional.ofNullable(key);
    cipher.previousKeys = Optional.ofNullable(previous);
    cipher.readKeys();
    return cipher;
  }

  @Test
  void readsBackWhatItEncryptedWithoutStoringThePlainText() {
    PersonalDataCipher cipher = cipher(KEY, null);

    String stored = cipher.encrypt("王小明 13912345678");

    assertThat(stored).doesNotContain("王小明").doesNotContain("13912345678");
    assertThat(cipher.decrypt(stored)).isEqualTo("王小明 13912345678");
    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
  }

  @Test
  void encryptsEqualValuesDifferently() {
    PersonalDataCipher cipher = cipher(KEY, null);

    assertThat(cipher.encrypt("王小明")).isNotEqualTo(cipher.encrypt("王小明"));
  }

  @Test
  void detectsAnAlteredValue() {
    PersonalDataCipher cipher = cipher(KEY, null);
    String stored = cipher.encrypt("王小明");
    // a character in the middle: the last one may carry unused bits
    int middle = stored.length() - 10;
    char changed = stored.charAt(middle) == 'A' ? 'B' : 'A';
    String altered = stored.substring(0, middle) + changed + stored.substring(middle + 1);

    assertThatThrownBy(() -> cipher.decrypt(altered))
        .isInstanceOf(PersonalDataUnavailableException.class);
  }

  @Test
  void readsValuesOfAPreviousKeyAfterRotation() {
    String stored = cipher(OTHER_KEY, null).encrypt("李四");

    PersonalDataCipher rotated = cipher(KEY, OTHER_KEY);

    assertThat(rotated.decrypt(stored)).isEqualTo("李四");
    assertThatThrownBy(() -> cipher(KEY, null).decrypt(stored))
        .isInstanceOf(PersonalDataUnavailableException.class)
        .hasMessageContaining("previous-keys");
  }

  @Test
  void isUnavailableWithoutAUsableKeyAndSaysWhy() {
    for (String bad :
        new String[] {null, "", "not base64!", Base64.getEncoder().encodeToString(new byte[16])}) {
      PersonalDataCipher cipher = cipher(bad, null);
      assertThat(cipher.available()).as(String.valueOf(bad)).isFalse();
      assertThat(cipher.problem()).isPresent().get().asString().contains("zhanqun.interaction.key");
      assertThatThrownBy(() -> cipher.encrypt("王小明"))
          .isInstanceOf(PersonalDataUnavailableException.class);
    }
  }
}
