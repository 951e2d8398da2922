package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.okenet.vcn.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile CIDR text, seeded: valid blocks bent by every spelling parsers disagree on (zero-padded
 * and hexadecimal octets, missing octets, masks, zones, brackets, ranges, white space inside,
 * signs and fractions) plus random garbage. What must hold for all of them: an IPv4 text is
 * accepted only in its one canonical spelling (so it cannot mean something else), every refusal is
 * an {@link IllegalArgumentException} that quotes the input and ends with a fix, and every "Did
 * you mean X?" names a block that parses to exactly X. Replay a run with {@code -Dokenet.seed=N}.
 */
class CidrHostileTextTest {
  private static final int CASES = 20_000;
  private static final Pattern ADVICE = Pattern.compile("Did you mean (\\S+)\\?$");

  /** One way to bend a valid IPv4 block, given as octets and a prefix length. */
  private record Mutation(String name, BiFunction<int[], Random, String> bend) {}

  private static String octets(int[] o) {
    return o[0] + "." + o[1] + "." + o[2] + "." + o[3];
  }

  private static final List<Mutation> MUTATIONS = List.of(
      new Mutation("zero-padded octet", (o, r) -> {
        String[] parts = {"" + o[0], "" + o[1], "" + o[2], "" + o[3]};
        int i = r.nextInt(4);
        parts[i] = (r.nextBoolean() ? "0" : "00") + parts[i];
        return String.join(".", parts) + "/" + o[4];
      }),
      new Mutation("missing octets", (o, r) -> {
        int keep = 1 + r.nextInt(3);
        StringBuilder s = new StringBuilder("" + o[0]);
        for (int i = 1; i < keep; i++) {
          s.append('.').append(o[i]);
        }
        return s + "/" + o[4];
      }),
      new Mutation("hexadecimal octet", (o, r) -> "0x" + Integer.toHexString(o[0]) + "." + o[1] + "." + o[2] + "." + o[3] + "/" + o[4]),
      new Mutation("dotted mask", (o, r) -> {
        long mask = o[4] == 0 ? 0 : (0xFFFFFFFFL << (32 - o[4])) & 0xFFFFFFFFL;
        return octets(o) + "/" + ((mask >> 24) & 255) + "." + ((mask >> 16) & 255) + "." + ((mask >> 8) & 255) + "." + (mask & 255);
      }),
      new Mutation("zero-padded prefix", (o, r) -> octets(o) + "/0" + o[4]),
      new Mutation("fractional prefix", (o, r) -> octets(o) + "/" + o[4] + "." + r.nextInt(10)),
      new Mutation("signed prefix", (o, r) -> octets(o) + "/" + (r.nextBoolean() ? "+" : "-") + o[4]),
      new Mutation("white space inside", (o, r) -> {
        String s = octets(o) + "/" + o[4];
        int at = 1 + r.nextInt(s.length() - 1);
        String[] spaces = {" ", "\t", "\u0085", "\u00a0", "\u2028", "\n"};
        return s.substring(0, at) + spaces[r.nextInt(spaces.length)] + s.substring(at);
      }),
      new Mutation("zone", (o, r) -> octets(o) + "%eth0/" + o[4]),
      new Mutation("brackets", (o, r) -> "[" + octets(o) + "]/" + o[4]),
      new Mutation("wildcard octet", (o, r) -> o[0] + "." + o[1] + ".*.0/" + o[4]),
      new Mutation("two slashes", (o, r) -> octets(o) + "/" + o[4] + "/" + o[4]),
      new Mutation("range", (o, r) -> octets(o) + "-" + octets(o) + "/" + o[4]),
      new Mutation("octet above 255", (o, r) -> (256 + r.nextInt(1000)) + "." + o[1] + "." + o[2] + "." + o[3] + "/" + o[4]),
      new Mutation("prefix above 32", (o, r) -> octets(o) + "/" + (33 + r.nextInt(100))),
      new Mutation("empty prefix", (o, r) -> octets(o) + "/"),
      new Mutation("no prefix", (o, r) -> octets(o)),
      new Mutation("one number", (o, r) -> (((long) o[0] << 24) | ((long) o[1] << 16) | ((long) o[2] << 8) | o[3]) + "/" + o[4]),
      new Mutation("host bits", (o, r) -> o[4] == 32 ? octets(o) + "/" + o[4] : o[0] + "." + o[1] + "." + o[2] + "." + (o[3] | 1) + "/" + o[4]),
      new Mutation("embedded IPv4 zero-padded", (o, r) -> "::ffff:0" + octets(o) + "/" + (96 + o[4])),
      new Mutation("IPv6 zone", (o, r) -> "fe80::" + Integer.toHexString(o[0]) + "%eth0/64"),
      new Mutation("random garbage", (o, r) -> {
        String alphabet = "0123456789./:abcdefx% *-[]+\t";
        StringBuilder s = new StringBuilder();
        int length = r.nextInt(20);
        for (int i = 0; i < length; i++) {
          s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
      }),
      new Mutation("valid", (o, r) -> octets(o) + "/" + o[4]));

  /** A random valid IPv4 block: four octets (host bits cleared) and a prefix length, as {a, b, c, d, prefix}. */
  private static int[] validBlock(Random r) {
    int prefix = r.nextInt(33);
    long address = r.nextLong() & 0xFFFFFFFFL;
    long network = prefix == 0 ? 0 : address & ((0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL);
    return new int[] {(int) (network >> 24) & 255, (int) (network >> 16) & 255, (int) (network >> 8) & 255, (int) network & 255, prefix};
  }

  private record Case(String mutation, String text) {}

  private static List<Case> cases(HostileSeed seed) {
    Random random = seed.random();
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Mutation m = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
      cases.add(new Case(m.name(), m.bend().apply(validBlock(random), random)));
    }
    return cases;
  }

  @Test
  void anAcceptedIpv4TextIsItsOneCanonicalSpelling() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261216L);
    int accepted = 0;
    for (Case c : cases(seed)) {
      Cidr parsed;
      try {
        parsed = Cidr.of(c.text());
      } catch (IllegalArgumentException refused) {
        continue;
      }
      accepted++;
      if (parsed.isIpv4()) {
        assertThat(c.text().strip()).as("%s: %s '%s' was accepted as %s", seed, c.mutation(), c.text(), parsed).isEqualTo(parsed.toString());
      } else {
        assertThat(c.text()).as("%s: %s '%s' was accepted as %s", seed, c.mutation(), c.text(), parsed).doesNotContain("%", "[", "*", " ");
      }
    }
    assertThat(accepted).as("%s: some generated blocks are valid", seed).isPositive();
  }

  @Test
  void everyRefusalQuotesTheInputAndEndsWithAFix() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261217L);
    for (Case c : cases(seed)) {
      try {
        Cidr.of(c.text());
      } catch (IllegalArgumentException refused) {
        String message = refused.getMessage();
        if (c.text().isBlank()) {
          assertThat(message).as("%s: blank input", seed).contains("missing or blank");
          continue;
        }
        assertThat(message).as("%s: %s '%s'", seed, c.mutation(), c.text()).contains("'" + c.text() + "'");
        assertThat(message.endsWith("?") || message.endsWith("e.g. 10.0.0.0/16."))
            .as("%s: %s '%s' gave no fix: %s", seed, c.mutation(), c.text(), message).isTrue();
      } catch (RuntimeException other) {
        fail(seed + ": " + c.mutation() + " '" + c.text() + "' threw " + other, other);
      }
    }
  }

  @Test
  void everySuggestionParsesToExactlyWhatItSays() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261218L);
    int advised = 0;
    for (Case c : cases(seed)) {
      try {
        Cidr.of(c.text());
      } catch (IllegalArgumentException refused) {
        Matcher m = ADVICE.matcher(refused.getMessage());
        if (m.find()) {
          advised++;
          String meant = m.group(1);
          assertThat(Cidr.of(meant).toString()).as("%s: %s '%s' advised %s", seed, c.mutation(), c.text(), meant).isEqualTo(meant);
          if (c.mutation().equals("missing octets")) {
            // The octets given are the ones meant: "10/8" means 10.0.0.0/8, not 0.0.0.0/8.
            String given = c.text().substring(0, c.text().indexOf('/'));
            assertThat(meant).as("%s: '%s' advised %s", seed, c.text(), meant).startsWith(given + ".");
          }
        }
      }
    }
    assertThat(advised).as("%s: some refusals carry advice", seed).isPositive();
  }

  @Test
  void aZeroPaddedOctetIsRefusedAndTheDecimalReadingSuggested() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261219L);
    Random random = seed.random();
    for (int i = 0; i < 2_000; i++) {
      int[] block = validBlock(random);
      String text = MUTATIONS.get(0).bend().apply(block, random);
      String decimal = octets(block) + "/" + block[4];
      assertThatThrownBy(() -> Cidr.of(text)).as("%s: '%s'", seed, text).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("zero-padded").hasMessageEndingWith("Did you mean " + decimal + "?");
    }
  }
}
