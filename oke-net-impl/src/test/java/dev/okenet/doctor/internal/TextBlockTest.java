package dev.okenet.doctor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Report text wrapped for a terminal. */
class TextBlockTest {
  @Test
  void wrapsAtTheWidthKeepingWordsWholeAndIndentingEveryLine() {
    assertThat(TextBlock.wrap("one two three four", "  ", 11)).isEqualTo("  one two\n  three\n  four\n");
  }

  @Test
  void aBulletsContinuationLinesAlignWithItsText() {
    assertThat(TextBlock.wrap("• alpha beta", "  ", 9)).isEqualTo("  • alpha\n    beta\n");
  }

  @Test
  void aWordLongerThanTheWidthKeepsALineOfItsOwn() {
    assertThat(TextBlock.wrap("a ocid1.subnet.oc1.iad.aaaaaaaa b", "", 10)).isEqualTo("a\nocid1.subnet.oc1.iad.aaaaaaaa\nb\n");
  }
}
