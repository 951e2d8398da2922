package dev.okenet.testkit.junit;

import com.oracle.bmc.Region;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link FakeOciTest}; also usable directly with
 * {@code @RegisterExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeOciExtension oci = FakeOciExtension.builder().clock(VirtualClock.Mode.MANUAL).build();
 *
 * @Test
 * void works() {
 *     oci.get().virtualNetwork().listVcns(...);
 * }
 * }</pre>
 *
 * Registered on a static field, the fake is shared by the class; on an instance field, fresh per test.
 * A class-shared fake can be emptied after each test, so tests stay independent while the fake (and,
 * through the HTTP door, its SDK clients) is built once per class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
 * static FakeOci oci;                                // filled in before the class's first test
 * }</pre>
 */
public final class FakeOciExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeOciExtension.class);
    /** Separate keys, because a test's store also sees its class's entries. */
    private static final String CLASS_KEY = "fakeoci-class";
    private static final String TEST_KEY = "fakeoci-test";

    private final Supplier<FakeOci.Builder> configured;
    private final boolean resetAfterEachTest;
    private FakeOci current;

    /** Used by {@link FakeOciTest}: options come from the annotation. */
    public FakeOciExtension() {
        this.configured = null;
        this.resetAfterEachTest = false;
    }

    private FakeOciExtension(Supplier<FakeOci.Builder> configured, boolean resetAfterEachTest) {
        this.configured = configured;
        this.resetAfterEachTest = resetAfterEachTest;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The fake of the running test (registered-extension form). */
    public FakeOci get() {
        if (current == null) {
            throw new IllegalStateException("No FakeOci yet: call get() from a test or lifecycle method, not from a"
                    + " field initialiser.");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        FakeOci shared = store(context, context, CLASS_KEY);
        for (Field field : fakeFields(context.getRequiredTestClass(), true)) {
            field.setAccessible(true);
            field.set(null, shared);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        boolean shared = configured != null && registeredStatically(context);
        FakeOci fake = shared ? store(context, context.getParent().orElse(context), CLASS_KEY)
                : store(context, context, TEST_KEY);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : fakeFields(instance.getClass(), false)) {
                field.setAccessible(true);
                field.set(instance, fake);
            }
        }
    }

    /** Empties a class-shared fake after each test when {@link Builder#resetAfterEachTest()} asked for it. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (resetAfterEachTest && current != null) {
            current.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        current = null;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeOci.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        for (String key : new String[] {TEST_KEY, CLASS_KEY}) {
            Holder holder = context.getStore(NAMESPACE).get(key, Holder.class);
            if (holder != null) {
                return holder.fake;
            }
        }
        return store(context, context, context.getTestMethod().isPresent() ? TEST_KEY : CLASS_KEY);
    }

    /** The fake held by {@code scope}'s store under {@code key}, created on first use and closed with the scope. */
    private FakeOci store(ExtensionContext context, ExtensionContext scope, String key) {
        Holder holder = scope.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> new Holder(newFake(context)),
                Holder.class);
        current = holder.fake;
        return holder.fake;
    }

    private boolean registeredStatically(ExtensionContext context) {
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == FakeOciExtension.class) {
                try {
                    field.setAccessible(true);
                    if (field.get(null) == this) {
                        return true;
                    }
                } catch (IllegalAccessException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private FakeOci newFake(ExtensionContext context) {
        if (configured != null) {
            return configured.get().build();
        }
        FakeOciTest options = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), FakeOciTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException("FakeOciExtension needs @FakeOciTest on "
                        + context.getRequiredTestClass().getName() + " or registration with @RegisterExtension"));
        return FakeOci.builder().region(Region.fromRegionId(options.region())).clock(options.clock())
                .seed(options.seed()).build();
    }

    private static java.util.List<Field> fakeFields(Class<?> type, boolean statics) {
        return org.junit.platform.commons.support.ReflectionSupport.findFields(type, f -> f.getType() == FakeOci.class
                && Modifier.isStatic(f.getModifiers()) == statics && !Modifier.isFinal(f.getModifiers()),
                org.junit.platform.commons.support.HierarchyTraversalMode.TOP_DOWN);
    }

    /** Closes the fake when JUnit closes the store it lives in. */
    private static final class Holder implements AutoCloseable {
        final FakeOci fake;

        Holder(FakeOci fake) {
            this.fake = fake;
        }

        @Override
        public void close() {
            fake.close();
        }
    }

    /** Options for a registered extension. */
    public static final class Builder {
        private Region region = Region.US_ASHBURN_1;
        private VirtualClock.Mode clock = VirtualClock.Mode.INSTANT;
        private long seed = 1;
        private boolean resetAfterEachTest;

        private Builder() {}

        /** Empties the fake after each test ({@link FakeOci#reset()}): for a class-shared fake. */
        public Builder resetAfterEachTest() {
            this.resetAfterEachTest = true;
            return this;
        }

        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        public Builder clock(VirtualClock.Mode clock) {
            this.clock = clock;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public FakeOciExtension build() {
            Region r = region;
            VirtualClock.Mode c = clock;
            long s = seed;
            return new FakeOciExtension(() -> FakeOci.builder().region(r).clock(c).seed(s), resetAfterEachTest);
        }
    }
}
