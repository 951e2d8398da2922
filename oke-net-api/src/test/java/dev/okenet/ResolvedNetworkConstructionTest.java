package dev.okenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.internal.resolve.NetworkParts;
import dev.okenet.reference.ReferenceNetworks;
import org.junit.jupiter.api.Test;

/** A ResolvedNetwork comes only from resolve(), so no user builds one whose parts disagree. */
class ResolvedNetworkConstructionTest {

  @Test
  void resolvedNetworkHasNoPublicConstructor() {
    assertThat(ResolvedNetwork.class.getConstructors()).isEmpty();
  }

  @Test
  void theResolversWayInCannotBeReplaced() {
    ResolvedNetwork resolved = ReferenceNetworks.prod().resolve();

    assertThat(resolved.subnets()).isNotEmpty();
    assertThatThrownBy(() -> NetworkParts.register(ResolvedNetwork.class, parts -> resolved))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OkeNetwork.resolve()");
  }
}
