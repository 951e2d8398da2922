package dev.okenet.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The probe's judge: which answers to a null argument pass, and which it reports and why. */
class NullArgumentProbeTest {
  /** Strings are "web"; there is no sample for any other type. */
  private static final NullArgumentProbe.Samples STRINGS = new NullArgumentProbe.Samples() {
    @Override
    public Optional<Object> value(Parameter p, Executable member) {
      return p.getType() == String.class ? Optional.of("web") : Optional.empty();
    }

    @Override
    public Optional<Object> receiver(Class<?> type) {
      return Optional.empty();
    }
  };

  public static final class Refuses {
    public static void take(String name) {
      if (name == null) {
        throw new IllegalArgumentException("Refuses.take(name) is null. Give a name, e.g. \"web\".");
      }
    }
  }

  public static final class Bare {
    public static void take(String name) {
      Objects.requireNonNull(name, "name");
    }
  }

  public static final class Silent {
    public static void take(String name) {}
  }

  public static final class Dereferences {
    public static int take(String name) {
      return name.length();
    }
  }

  public static final class NamesAnother {
    public static void take(String name) {
      if (name == null) {
        throw new IllegalArgumentException("The argument is null. Give a value, e.g. \"web\".");
      }
    }
  }

  public static final class FailsWhenValid {
    public static void take(String name) {
      throw new IllegalStateException("never works");
    }
  }

  public static final class NoSample {
    public static void take(Thread thread) {}
  }

  /** Inherits AssertJ's public methods, none of which refuses null as this house does. */
  public static final class OwnAssert extends org.assertj.core.api.AbstractAssert<OwnAssert, String> {
    public OwnAssert() {
      super("web", OwnAssert.class);
    }

    public OwnAssert startsWithText(String prefix) {
      return this;
    }
  }

  @Test
  void aRefusalNamingTheParameterInASentenceIsNoProblem() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(Refuses.class), STRINGS);

    assertThat(o.problems()).isEmpty();
    assertThat(o.probes()).isEqualTo(1);
  }

  @Test
  void aBareRequireNonNullIsNotASentence() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(Bare.class), STRINGS);

    assertThat(o.problems()).singleElement().asString().contains("Bare.take(String name) with null name").contains("not a sentence");
  }

  @Test
  void aNullAcceptedSilentlyIsAProblem() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(Silent.class), STRINGS);

    assertThat(o.problems()).singleElement().asString().contains("accepted silently");
  }

  @Test
  void aDocumentedNullMayBeAccepted() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(Silent.class), STRINGS, Map.of("NullArgumentProbeTest.Silent.take:name", "null means none"));

    assertThat(o.problems()).isEmpty();
  }

  @Test
  void aJdkNullPointerExceptionFromInsideIsAProblem() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(Dereferences.class), STRINGS);

    assertThat(o.problems()).singleElement().asString().contains("a JDK NullPointerException from inside");
  }

  @Test
  void aMessageThatDoesNotNameTheParameterIsAProblem() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(NamesAnother.class), STRINGS);

    assertThat(o.problems()).singleElement().asString().contains("does not name 'name'");
  }

  @Test
  void aMemberWhoseValidCallFailsIsUnexercisedNotPassed() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(FailsWhenValid.class), STRINGS);

    assertThat(o.unexercised()).singleElement().asString().contains("the all-valid call threw");
    assertThat(o.probes()).isZero();
  }

  @Test
  void aMemberListedAsHavingNoValidCallIsProbedAnyway() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(FailsWhenValid.class), STRINGS, Map.of(),
        Map.of("NullArgumentProbeTest.FailsWhenValid.take", "never works"));

    assertThat(o.unexercised()).isEmpty();
    assertThat(o.problems()).singleElement().asString().contains("threw java.lang.IllegalStateException");
  }

  @Test
  void onlyTheMembersAModuleDeclaresAreProbedNotThoseItInheritsFromALibrary() {
    NullArgumentProbe.Samples receivers = new NullArgumentProbe.Samples() {
      @Override
      public Optional<Object> value(Parameter p, Executable member) {
        return STRINGS.value(p, member);
      }

      @Override
      public Optional<Object> receiver(Class<?> type) {
        return Optional.of(new OwnAssert());
      }
    };

    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(OwnAssert.class), receivers);

    assertThat(o.probes()).isEqualTo(1);
    assertThat(o.problems()).singleElement().asString().contains("OwnAssert.startsWithText(String prefix) with null prefix");
  }

  @Test
  void aMemberWithoutSamplesIsUnexercised() {
    NullArgumentProbe.Outcome o = NullArgumentProbe.probe(List.of(NoSample.class), STRINGS);

    assertThat(o.unexercised()).singleElement().asString().contains("no sample for Thread thread");
  }
}
