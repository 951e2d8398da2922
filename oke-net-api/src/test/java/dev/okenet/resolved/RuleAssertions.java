package dev.okenet.resolved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.ResolvedNetwork;
import dev.okenet.key.ResourceKey;
import dev.okenet.key.RuleSetKey;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Port;

/** Looks for one rule in a resolved rule set (named by its key's text), failing with the rule set's contents. */
final class RuleAssertions {
  private RuleAssertions() {}

  /** The rule set key a test names by its text, e.g. "nsg:workers". */
  static RuleSetKey ruleSetKey(String text) {
    return (RuleSetKey) ResourceKey.parse(text);
  }

  /** Asserts that {@code setKey} holds a stateful rule in {@code direction} with a peer whose target is {@code peerTarget}. */
  static void assertHasRule(ResolvedNetwork net, String setKey, Direction direction, String peerTarget, Port port) {
    ResolvedRuleSet set = net.ruleSet(ruleSetKey(setKey)).orElseThrow(() -> new AssertionError("no rule set " + setKey + " in " + net.ruleSets()));
    assertThat(set.rules())
        .as("%s should hold %s %s %s", setKey, direction, peerTarget, port)
        .anySatisfy(r -> {
          assertThat(r.direction()).isEqualTo(direction);
          assertThat(r.peer().target()).isEqualTo(peerTarget);
          assertThat(r.port()).isEqualTo(port);
          assertThat(r.stateful()).isTrue();
        });
  }

  /** Asserts that {@code setKey} holds no rule in {@code direction} with that peer and port. */
  static void assertHasNoRule(ResolvedNetwork net, String setKey, Direction direction, String peerTarget, Port port) {
    net.ruleSet(ruleSetKey(setKey)).ifPresent(set -> assertThat(set.rules())
        .as("%s should not hold %s %s %s", setKey, direction, peerTarget, port)
        .noneSatisfy(r -> {
          assertThat(r.direction()).isEqualTo(direction);
          assertThat(r.peer().target()).isEqualTo(peerTarget);
          assertThat(r.port()).isEqualTo(port);
        }));
  }
}
