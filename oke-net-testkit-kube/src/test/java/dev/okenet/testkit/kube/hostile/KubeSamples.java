package dev.okenet.testkit.kube.hostile;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.SimulatedCcm;
import dev.okenet.testkit.ccm.TestCluster;
import dev.okenet.testkit.hostile.TestkitSamples;
import dev.okenet.testkit.kube.ClusterReachability;
import dev.okenet.testkit.kube.ClusterRef;
import dev.okenet.testkit.kube.SimulatedCluster;
import dev.okenet.testkit.kube.Target;
import dev.okenet.testkit.scheduling.PodScheduling;
import dev.okenet.testkit.scheduling.SchedulingResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link TestkitSamples} plus oke-net-testkit-kube's types, over one small VCN-native OKE cluster in
 * FakeOci ({@link TestCluster}): a simulated Kubernetes cluster over it, a CCM that has synced the
 * LoadBalancer Service shop/web (so its client access can be asked), pod scheduling, targets.
 */
final class KubeSamples extends TestkitSamples {
    private final TestCluster oke = TestCluster.vcnNative("10.0.32.0/19", 2, 31);
    private final SimulatedCluster cluster = oke.simulate();
    private final Service web = TestCluster.service("web", 80, "Cluster");
    private final SimulatedCcm ccm = oke.ccm();

    KubeSamples() {
        ccm.sync(web);
        byType.put(FakeOci.class, () -> oke.oci);
        byType.put(SimulatedCluster.class, () -> cluster);
        byType.put(SimulatedCluster.Builder.class, () -> SimulatedCluster.builder(oke.oci));
        byType.put(ClusterReachability.class, cluster::reachability);
        byType.put(SimulatedCcm.class, () -> ccm);
        byType.put(SimulatedCcm.Builder.class, () -> SimulatedCcm.builder(oke.oci));
        byType.put(PodScheduling.class, () -> PodScheduling.builder(oke.oci).cluster(COMPARTMENT, oke.clusterId).build());
        byType.put(PodScheduling.Builder.class, () -> PodScheduling.builder(oke.oci));
        byType.put(SchedulingResult.class, () -> PodScheduling.builder(oke.oci).cluster(COMPARTMENT, oke.clusterId).build().snapshot());
        byType.put(Service.class, () -> web);
        byType.put(HasMetadata.class, () -> web);
        byType.put(Collection.class, () -> List.of(web));
        byType.put(ClusterRef.class, () -> new ClusterRef(COMPARTMENT, oke.clusterId));
        byType.put(Target.class, () -> Target.pod("shop", "web-0"));
        byType.put(Optional.class, Optional::empty);
        byType.put(java.util.Map.class, java.util.Map::of);
        byType.put(com.oracle.bmc.core.VirtualNetwork.class, () -> oke.vn);
        byType.put(com.oracle.bmc.containerengine.ContainerEngine.class, () -> oke.ce);
        byType.put(com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer.class, oke.oci::networkLoadBalancer);
        byType.put(com.oracle.bmc.loadbalancer.LoadBalancer.class, oke.oci::loadBalancer);

        byName.put("compartmentId", COMPARTMENT);
        byName.put("clusterId", oke.clusterId);
        byName.put("nodePoolId", oke.nodePoolId);
        byName.put("namespace", "shop");
        byName.put("name", "web");
        byName.put("namespaceSlashName", "shop/web");
        byName.put("clientCidr", "203.0.113.0/24");
        byName.put("cidr", "203.0.113.10/32");
        byName.put("prefix", "web");
        byName.put("node", "10.0.4.2");
        byName.put("ip", "10.0.32.7");
        byName.put("nodeName", "10.0.4.2");
        byName.put("nodeIp", "10.0.4.2");
        byName.put("nodePool", "general");
        byName.put("condition", "Ready");
        byName.put("why", "The health check passes.");
        byName.put("type", "Normal");
        byName.put("reason", "EnsuredLoadBalancer");
        byName.put("message", "Ensured load balancer");
        byName.put("protocol", "TCP");
        byName.put("subnetId", oke.pods.getId());
        byName.put("service", "shop/web");
    }

    @Override
    protected Optional<Object> special(Parameter p, Executable member) {
        // A delete of a Service never synced is valid and leaves shop/web's load balancer for the other members.
        return where(p, member).equals("SimulatedCcm.delete:namespaceSlashName") ? Optional.of("shop/never-synced")
                : super.special(p, member);
    }

    /** The simulated cluster's reachability, for the steps the probe cannot reach (functional interfaces). */
    ClusterReachability reachability() {
        return cluster.reachability();
    }

    @Override
    public void close() {
        cluster.close();
        oke.close();
        super.close();
    }
}
