package dev.okenet.testkit.kube.junit;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.kube.ClusterRef;
import dev.okenet.testkit.kube.ClusterSeed;
import dev.okenet.testkit.kube.SimulatedCluster;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** The extension behind {@link SimulatedClusterTest}: one cluster per test class, in the class's store. */
final class SimulatedClusterExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SimulatedClusterExtension.class);
    private static final List<Class<?>> INJECTED = List.of(SimulatedCluster.class, KubernetesClient.class, FakeOci.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Holder holder = holder(context);
        for (Field field : fields(context.getRequiredTestClass(), true)) {
            field.setAccessible(true);
            field.set(null, holder.value(field.getType()));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Holder holder = holder(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : fields(instance.getClass(), false)) {
                field.setAccessible(true);
                field.set(instance, holder.value(field.getType()));
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return holder(context).value(parameter.getParameter().getType());
    }

    /** The class's cluster, started on first use and closed when JUnit closes the class's store. */
    private static Holder holder(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = context.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass, k -> start(testClass), Holder.class);
    }

    private static Holder start(Class<?> testClass) {
        SimulatedClusterTest options = AnnotationSupport.findAnnotation(testClass, SimulatedClusterTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException("SimulatedClusterExtension needs @SimulatedClusterTest on "
                        + testClass.getName()));
        ClusterSeed seed;
        try {
            seed = options.seed().getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ExtensionConfigurationException("The seed " + options.seed().getName() + " of " + testClass.getName()
                    + " needs a public no-argument constructor", e);
        }
        FakeOci oci = FakeOci.builder().seed(options.fakeOciSeed()).build();
        try {
            ClusterRef ref = seed.seed(oci);
            if (ref == null) {
                throw new ExtensionConfigurationException("The seed " + options.seed().getName() + " returned no cluster;"
                        + " return the ClusterRef of the OKE cluster it created.");
            }
            SimulatedCluster cluster = SimulatedCluster.builder(oci).cluster(ref).start();
            try {
                seed.started(cluster);
                cluster.settle();
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
            return new Holder(oci, cluster);
        } catch (RuntimeException e) {
            oci.close();
            throw e;
        }
    }

    private static List<Field> fields(Class<?> type, boolean statics) {
        return ReflectionSupport.findFields(type, f -> INJECTED.contains(f.getType())
                && Modifier.isStatic(f.getModifiers()) == statics && !Modifier.isFinal(f.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
    }

    /** Closes the cluster, then its FakeOci, when JUnit closes the store. */
    private record Holder(FakeOci oci, SimulatedCluster cluster) implements AutoCloseable {
        Object value(Class<?> type) {
            if (type == SimulatedCluster.class) {
                return cluster;
            }
            return type == FakeOci.class ? oci : cluster.client();
        }

        @Override
        public void close() {
            cluster.close();
            oci.close();
        }
    }
}
