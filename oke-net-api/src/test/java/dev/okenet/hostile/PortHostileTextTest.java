package dev.okenet.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.okenet.vcn.Port;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Hostile port text, seeded: every rendered form of {@link Port} bent by extra range parts, wrong
 * case, doubled or odd spaces, signs, leading zeros, missing numbers and random garbage. What must
 * hold: {@link Port#parse} never throws, and what it accepts says literally what it parsed to (its
 * own {@code toString()}, or a range spelling of the same port such as {@code TCP 80-80}), so
 * {@code "TCP 1-2-3"} or {@code "ALL 1"} can never stand for something else. Replay with
 * {@code -Dokenet.seed=N}.
 */
class PortHostileTextTest {
  private static final int CASES = 20_000;

  private record Mutation(String name, BiFunction<Port, Random, String> bend) {}

  private static final List<Mutation> MUTATIONS = List.of(
      new Mutation("as rendered", (p, r) -> p.toString()),
      new Mutation("extra range part", (p, r) -> p + "-" + r.nextInt(70000)),
      new Mutation("upper-case all", (p, r) -> "ALL " + r.nextInt(70000)),
      new Mutation("all with a port", (p, r) -> "all " + r.nextInt(70000)),
      new Mutation("lower-case protocol", (p, r) -> p.toString().toLowerCase()),
      new Mutation("doubled space", (p, r) -> p.toString().replaceFirst(" ", "  ")),
      new Mutation("tab", (p, r) -> p.toString().replaceFirst(" ", "\t")),
      new Mutation("sign", (p, r) -> p.toString().replaceFirst(" (\\d)", " " + (r.nextBoolean() ? "+" : "-") + "$1")),
      new Mutation("leading zero", (p, r) -> p.toString().replaceFirst(" (\\d)", " 0$1")),
      new Mutation("dash only", (p, r) -> p.protocol() + " -"),
      new Mutation("open range", (p, r) -> p.protocol() + " " + (1 + r.nextInt(65535)) + "-"),
      new Mutation("open start", (p, r) -> p.protocol() + " -" + (1 + r.nextInt(65535))),
      new Mutation("slash only", (p, r) -> "ICMP " + r.nextInt(256) + "/"),
      new Mutation("three ICMP parts", (p, r) -> "ICMP " + r.nextInt(256) + "/" + r.nextInt(256) + "/" + r.nextInt(256)),
      new Mutation("out of range", (p, r) -> p.protocol() + " " + (65536 + r.nextInt(100000))),
      new Mutation("reversed", (p, r) -> p.protocol() + " " + (2 + r.nextInt(65534)) + "-1"),
      new Mutation("garbage", (p, r) -> {
        String alphabet = "TCPUDICMal0123456789 -/+\t";
        StringBuilder s = new StringBuilder();
        int length = r.nextInt(16);
        for (int i = 0; i < length; i++) {
          s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
      }));

  private static Port randomPort(Random r) {
    switch (r.nextInt(8)) {
      case 0:
        return Port.tcp(1 + r.nextInt(65535));
      case 1: {
        int a = 1 + r.nextInt(65535);
        return Port.tcpRange(a, a + r.nextInt(65536 - a));
      }
      case 2:
        return Port.udp(1 + r.nextInt(65535));
      case 3:
        return r.nextBoolean() ? Port.icmp(r.nextInt(256)) : Port.icmp(r.nextInt(256), r.nextInt(256));
      case 4:
        return Port.allTcp();
      case 5:
        return Port.allUdp();
      case 6:
        return Port.allIcmp();
      default:
        return Port.all();
    }
  }

  /** What an accepted text literally says, written the way {@link Port#toString()} writes it. */
  private static String literally(String text) {
    String t = text.strip();
    String[] words = t.split(" ", 2);
    if (words.length == 2 && words[1].matches("\\d+-\\d+")) {
      String[] ends = words[1].split("-");
      if (ends[0].equals(ends[1])) {
        return words[0] + " " + ends[0];
      }
      if (ends[0].equals("1") && ends[1].equals("65535")) {
        return words[0] + " all";
      }
    }
    return t;
  }

  @Test
  void parseNeverThrowsAndAcceptsOnlyWhatTheTextLiterallySays() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261220L);
    Random random = seed.random();
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      Mutation m = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
      String text = m.bend().apply(randomPort(random), random);
      Optional<Port> parsed;
      try {
        parsed = Port.parse(text);
      } catch (RuntimeException e) {
        fail(seed + ": " + m.name() + " '" + text + "' threw " + e, e);
        return;
      }
      if (parsed.isPresent()) {
        accepted++;
        assertThat(parsed.get().toString()).as("%s: %s '%s'", seed, m.name(), text).isEqualTo(literally(text));
        assertThat(Port.parse(parsed.get().toString())).as("%s: round trip of '%s'", seed, text).contains(parsed.get());
      }
    }
    assertThat(accepted).as("%s: the rendered forms parse", seed).isPositive();
  }

  @Test
  void theIssuesExamplesAreNotPorts() {
    for (String text : new String[] {"TCP 1-2-3", "ALL 1", "TCP -", "ICMP 3/", "ICMP 3/4/5", "TCP +80", "TCP 080", "tcp 80", "TCP  80"}) {
      assertThat(Port.parse(text)).as(text).isEmpty();
    }
  }
}
