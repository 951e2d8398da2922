package dev.okenet.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.property.cyclefixture.a.Left;
import dev.okenet.property.cyclefixture.face.Face;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

  @Test
  void findsTwoPackagesThatUseEachOther() {
    assertThat(PackageCycles.of(Left.class).cycles())
        .contains(Set.of("dev.okenet.property.cyclefixture.a", "dev.okenet.property.cyclefixture.b"));
  }

  @Test
  void aPackageAndItsInternalImplementationAreOneSlice() {
    assertThat(PackageCycles.of(Face.class).cycles()).noneMatch(cycle -> cycle.contains("dev.okenet.property.cyclefixture.face"));
    assertThat(PackageCycles.of(Face.class).sliceOf("dev.okenet.property.cyclefixture.face.internal"))
        .isEqualTo("dev.okenet.property.cyclefixture.face");
  }

  @Test
  void anOwnSliceStaysApartFromItsParent() {
    PackageCycles cycles = PackageCycles.of(Face.class).ownSlice("dev.okenet.internal");

    assertThat(cycles.sliceOf("dev.okenet.internal")).isEqualTo("dev.okenet.internal");
    assertThat(cycles.sliceOf("dev.okenet.internal.resolve")).isEqualTo("dev.okenet");
  }

  @Test
  void explainsEachDependencyOfACycleWithAClassThatMakesIt() {
    PackageCycles cycles = PackageCycles.of(Left.class);
    Set<String> cycle = Set.of("dev.okenet.property.cyclefixture.a", "dev.okenet.property.cyclefixture.b");

    assertThat(cycles.explain(cycle))
        .contains("dev.okenet.property.cyclefixture.a -> dev.okenet.property.cyclefixture.b (dev.okenet.property.cyclefixture.a.Left uses dev.okenet.property.cyclefixture.b.Right)")
        .contains("dev.okenet.property.cyclefixture.b -> dev.okenet.property.cyclefixture.a (dev.okenet.property.cyclefixture.b.Right uses dev.okenet.property.cyclefixture.a.Left)");
  }

  @Test
  void refusesAPathThatIsNoClassFolder() {
    assertThatThrownBy(() -> PackageCycles.in(Path.of("no-such-folder")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-folder is not a class folder");
  }
}
