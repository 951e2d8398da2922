package dev.okenet.testkit.kube.junit;

import dev.okenet.testkit.kube.ClusterSeed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one simulated OKE cluster for a test class: a fresh FakeOci, the OKE cluster the
 * {@link #seed()} puts in it, the Kubernetes API server and its controllers. Fields and parameters
 * of type {@code SimulatedCluster}, {@code KubernetesClient} and {@code FakeOci} (static or not) are
 * filled in with the class's cluster, its client and its FakeOci; all are closed after the class.
 * Tests of one class share the cluster: remove what a test creates, or put tests that need a clean
 * cluster in their own class. May be used as a meta-annotation.
 *
 * <pre>{@code
 * @SimulatedClusterTest(seed = ProdSeed.class)
 * class ShopTest {
 *     static SimulatedCluster cluster;
 *     static KubernetesClient kube;
 *
 *     @Test
 *     void webGetsAnAddress() {
 *         kube.services().inNamespace("shop").resource(web).create();
 *         cluster.settle();
 *         ...
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SimulatedClusterExtension.class)
public @interface SimulatedClusterTest {
    /** Puts the OKE cluster into the FakeOci; needs a public no-argument constructor. */
    Class<? extends ClusterSeed> seed();

    /** Seed for FakeOci's OCIDs (default 1). */
    long fakeOciSeed() default 1;
}
