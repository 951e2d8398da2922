package dev.okenet.testkit.junit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.Region;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.http.OciServices;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

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
 *
 * <p>Behind {@link FakeOciTest} it also runs the class once per {@linkplain FakeOciTest#doors() door}
 * and fills {@link Door} and {@link OciServices} fields and parameters with the run's door and the
 * fake's services through it. A registered extension has no door of its own: pair it with
 * {@code @ParameterizedClass @EnumSource(Door.class)} and ask {@code door.services(oci.get())}.
 */
public final class FakeOciExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver, ClassTemplateInvocationContextProvider,
        BeforeClassTemplateInvocationCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeOciExtension.class);
    /** Separate keys, because a test's store also sees its class's entries. */
    private static final String CLASS_KEY = "fakeoci-class";
    private static final String TEST_KEY = "fakeoci-test";
    /** The door of the running {@link FakeOciTest} run, put in the run's store. */
    private static final String DOOR_KEY = "fakeoci-door";

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
        given(context, "beforeAll(context)");
        FakeOci shared = store(context, context, CLASS_KEY);
        inject(null, context.getRequiredTestClass(), true, shared, context);
    }

    /**
     * Sets a door run's static {@code Door} and {@code OciServices} fields: {@code @BeforeAll} runs
     * once around all the runs of a class template, before any run has a door.
     */
    @Override
    public void beforeClassTemplateInvocation(ExtensionContext context) throws IllegalAccessException {
        given(context, "beforeClassTemplateInvocation(context)");
        inject(null, context.getRequiredTestClass(), true, store(context, context, CLASS_KEY), context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        given(context, "beforeEach(context)");
        boolean shared = configured != null && registeredStatically(context);
        FakeOci fake = shared ? store(context, context.getParent().orElse(context), CLASS_KEY)
                : store(context, context, TEST_KEY);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            inject(instance, instance.getClass(), false, fake, context);
        }
    }

    /**
     * Sets the fields of {@code type} (its static ones when {@code statics}, else {@code instance}'s):
     * {@code FakeOci} to {@code fake} and, inside a {@link FakeOciTest} run, {@code Door} to the run's
     * door and {@code OciServices} to {@code fake}'s services through it.
     */
    private static void inject(Object instance, Class<?> type, boolean statics, FakeOci fake, ExtensionContext context)
            throws IllegalAccessException {
        for (Field field : fields(type, FakeOci.class, statics)) {
            field.setAccessible(true);
            field.set(instance, fake);
        }
        Door door = door(context);
        if (door == null) {
            return;
        }
        for (Field field : fields(type, Door.class, statics)) {
            field.setAccessible(true);
            field.set(instance, door);
        }
        for (Field field : fields(type, OciServices.class, statics)) {
            field.setAccessible(true);
            field.set(instance, door.services(fake));
        }
    }

    /** Empties a class-shared fake after each test when {@link Builder#resetAfterEachTest()} asked for it. */
    @Override
    public void afterEach(ExtensionContext context) {
        given(context, "afterEach(context)");
        if (resetAfterEachTest && current != null) {
            current.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        given(context, "afterAll(context)");
        current = null;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        given(parameter, "supportsParameter(parameter, context): parameter");
        given(context, "supportsParameter(parameter, context): context");
        return parameter.getParameter().getType() == FakeOci.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        given(parameter, "resolveParameter(parameter, context): parameter");
        given(context, "resolveParameter(parameter, context): context");
        return fakeFor(context);
    }

    /** Runs a {@link FakeOciTest} class once per door; a registered extension leaves the class alone. */
    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        given(context, "supportsClassTemplate(context)");
        return configured == null && AnnotationSupport.isAnnotated(context.getRequiredTestClass(), FakeOciTest.class);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        given(context, "provideClassTemplateInvocationContexts(context)");
        Class<?> type = context.getRequiredTestClass();
        Door[] doors = options(type).doors();
        if (doors.length == 0) {
            throw new ExtensionConfigurationException("@FakeOciTest(doors = {}) on " + type.getName()
                    + " runs no test: give at least one door, e.g. doors = {Door.IN_PROCESS, Door.HTTP}");
        }
        Set<Door> distinct = EnumSet.noneOf(Door.class);
        for (Door door : doors) {
            if (!distinct.add(door)) {
                throw new ExtensionConfigurationException("@FakeOciTest(doors = " + Arrays.toString(doors) + ") on "
                        + type.getName() + " names " + door + " twice: name each door once");
            }
        }
        return Arrays.stream(doors).map(DoorRun::new);
    }

    /** Refuses a null where JUnit always gives an object: the extension is called by hand, wrongly. */
    private static void given(Object junitObject, String argument) {
        notNull(junitObject, "FakeOciExtension." + argument, "Let JUnit call it (with @FakeOciTest or @RegisterExtension), which gives"
                + " the test's own contexts.");
    }

    /** The door of the {@link FakeOciTest} run {@code context} belongs to, or null outside one. */
    private static Door door(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(DOOR_KEY, Door.class);
    }

    /** The fake a parameter in {@code context} receives: the test's, else the class's. */
    private FakeOci fakeFor(ExtensionContext context) {
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
        FakeOciTest options = options(context.getRequiredTestClass());
        return FakeOci.builder().region(Region.fromRegionId(options.region())).clock(options.clock())
                .seed(options.seed()).build();
    }

    private static FakeOciTest options(Class<?> type) {
        return AnnotationSupport.findAnnotation(type, FakeOciTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException("FakeOciExtension needs @FakeOciTest on "
                        + type.getName() + " or registration with @RegisterExtension"));
    }

    private static List<Field> fields(Class<?> type, Class<?> fieldType, boolean statics) {
        return ReflectionSupport.findFields(type, f -> f.getType() == fieldType
                && Modifier.isStatic(f.getModifiers()) == statics && !Modifier.isFinal(f.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
    }

    /**
     * One run of a {@link FakeOciTest} class: named for its door, which it leaves in the run's store
     * and gives to {@code Door} and {@code OciServices} parameters. Only runs resolve those, so a
     * registered extension on a {@code @ParameterizedClass} over doors competes with no one.
     */
    private final class DoorRun implements ClassTemplateInvocationContext, ParameterResolver {
        private final Door door;

        DoorRun(Door door) {
            this.door = door;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return door.name();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public void prepareInvocation(ExtensionContext context) {
            context.getStore(NAMESPACE).put(DOOR_KEY, door);
        }

        /** Not a test template's own parameters (a {@code @ParameterizedTest} over doors): its providers give those. */
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return (type == Door.class || type == OciServices.class)
                    && !AnnotationSupport.isAnnotated(parameter.getDeclaringExecutable(), TestTemplate.class);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Door.class ? door : door.services(fakeFor(context));
        }
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
            this.region = notNull(region, "FakeOciExtension.Builder.region(region)", "Give an OCI region, e.g. Region.US_ASHBURN_1.");
            return this;
        }

        public Builder clock(VirtualClock.Mode clock) {
            this.clock = notNull(clock, "FakeOciExtension.Builder.clock(clock)", "Give a clock mode, e.g. VirtualClock.Mode.INSTANT.");
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
