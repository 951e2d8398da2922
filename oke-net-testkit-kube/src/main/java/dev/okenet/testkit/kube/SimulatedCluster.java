package dev.okenet.testkit.kube;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.SimulatedCcm;
import dev.okenet.testkit.kube.internal.ApiServerDispatcher;
import dev.okenet.testkit.kube.internal.CcmController;
import dev.okenet.testkit.kube.internal.ClusterState;
import dev.okenet.testkit.kube.internal.ControllerManager;
import dev.okenet.testkit.kube.internal.DeploymentController;
import dev.okenet.testkit.kube.internal.EventRecorder;
import dev.okenet.testkit.kube.internal.NodeController;
import dev.okenet.testkit.kube.internal.PodController;
import dev.okenet.testkit.kube.internal.ServiceAdmission;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * A simulated OKE cluster behind a Kubernetes API: fabric8's {@code KubernetesMockServer} in CRUD
 * mode on a loopback port, over an OKE cluster in FakeOci, with controllers that watch and write
 * the API as OKE's do (see {@code oke-net-testkit-kube/KUBE.md}):
 *
 * <ul>
 *   <li>a Node for each worker of the cluster's node pools, with its addresses, labels and OKE
 *       annotations;
 *   <li>the cloud controller manager: a Service of type LoadBalancer gets
 *       {@code status.loadBalancer.ingress} from the NLB or LB it provisions in FakeOci, or stays
 *       pending with {@code SyncLoadBalancerFailed} and the CCM's message;
 *   <li>the scheduler and the CNI: pods get a node and an address from the pod subnet (VCN-native)
 *       or the node's /25 (flannel), or stay Pending with {@code FailedScheduling} /
 *       {@code FailedToCreatePrivateIP};
 *   <li>Deployments make their pods.
 * </ul>
 * {@link #reachability()} answers whether traffic gets through, as the cluster enforces
 * NetworkPolicy and as the VCN's security rules in FakeOci allow it.
 *
 * <p>Controllers run in the background; {@link #settle()} waits until they have caught up with
 * everything written so far. Any fabric8 client works against {@link #masterUrl()}.
 *
 * <pre>{@code
 * try (SimulatedCluster cluster = SimulatedCluster.builder(oci).cluster(compartmentId, clusterId).start()) {
 *     KubernetesClient kube = cluster.client();
 *     kube.services().inNamespace("shop").resource(service).create();
 *     cluster.settle();
 *     kube.services().inNamespace("shop").withName("web").get().getStatus().getLoadBalancer();   // ingress, or empty
 *     cluster.events("shop", "web");                                                         // SyncLoadBalancerFailed ...
 * }
 * }</pre>
 */
public final class SimulatedCluster implements AutoCloseable {
    /** How long {@link #settle()} waits at most by default. */
    public static final Duration DEFAULT_SETTLE_TIMEOUT = Duration.ofSeconds(60);

    private final FakeOci oci;
    private final ClusterRef ref;
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final ControllerManager controllers;
    private final ClusterState state;
    private final Duration settleTimeout;

    private SimulatedCluster(Builder b) {
        this.oci = b.oci;
        this.ref = new ClusterRef(b.compartmentId, b.clusterId);
        this.settleTimeout = b.settleTimeout;
        this.state = new ClusterState(oci, ref.compartmentId(), ref.clusterId());
        ApiServerDispatcher dispatcher = new ApiServerDispatcher(new ServiceAdmission(state.servicesCidr()));
        this.server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        quietMockServerLog();
        server.init(java.net.InetAddress.getLoopbackAddress(), 0);
        this.client = newClient();
        EventRecorder events = new EventRecorder(client);
        SimulatedCcm ccm = SimulatedCcm.builder(oci).cluster(ref.compartmentId(), ref.clusterId()).build();
        this.controllers = new ControllerManager(client, new NodeController(client, state), new DeploymentController(client),
                new PodController(client, state, events), new CcmController(client, ccm, events));
        try {
            controllers.start(b.nodePollInterval);
            settle();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * fabric8's mock web server logs every request at INFO through java.util.logging (its static
     * logger {@code io.fabric8.mockwebserver.MockWebServer}, with no per-server switch: mockwebserver
     * 7.5.2, {@code MockWebServer.info}); the simulated cluster serves thousands. Logging levels are
     * the one thing here that is JVM-wide by nature, so this holds that logger at WARNING only when
     * no level was configured for it: a level set in logging.properties or by the test wins. Done
     * per cluster, after the server exists (its class then holds the logger, so the level sticks),
     * not in a static initializer.
     */
    private static void quietMockServerLog() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");
        if (logger.getLevel() == null) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
    }

    /** Options for a cluster over the OKE cluster of {@code oci} named with {@link Builder#cluster}. */
    public static Builder builder(FakeOci oci) {
        return new Builder(notNull(oci, "SimulatedCluster.builder(oci)", "Give the FakeOci the OKE cluster lives in, e.g. FakeOci.create()."));
    }

    /** The API server's URL, e.g. {@code http://127.0.0.1:41234/}, for any Kubernetes client. */
    public String masterUrl() {
        return server.url("/");
    }

    /** A client configuration for {@link #masterUrl()} (namespace "default"). */
    public Config config() {
        return new ConfigBuilder(Config.empty()).withMasterUrl(masterUrl()).withNamespace("default").withTrustCerts(true)
                .withHttp2Disable(true).build();
    }

    /** The cluster's own fabric8 client; closed with the cluster. */
    public KubernetesClient client() {
        return client;
    }

    /** A new fabric8 client of the API server; the caller closes it. */
    public KubernetesClient newClient() {
        return new KubernetesClientBuilder().withConfig(config()).build();
    }

    /** The FakeOci the cluster lives in. */
    public FakeOci oci() {
        return oci;
    }

    /** Which OKE cluster this is. */
    public ClusterRef ref() {
        return ref;
    }

    /** Whether pods use the flannel overlay (else VCN-native). */
    public boolean flannel() {
        return state.flannel();
    }

    /**
     * Waits until the controllers have caught up with every object and with FakeOci's nodes (a
     * pass of every controller that changes nothing).
     *
     * @throws IllegalStateException when a controller failed or nothing settled in time
     */
    public SimulatedCluster settle() {
        controllers.settle(settleTimeout);
        return this;
    }

    /** The Events about object {@code namespace/name} (any kind), oldest first. */
    public List<Event> events(String namespace, String name) {
        notNull(namespace, "SimulatedCluster.events(namespace, name): namespace", "Give the object's namespace, e.g. \"shop\".");
        notNull(name, "SimulatedCluster.events(namespace, name): name", "Give the object's name, e.g. \"web\".");
        return client.v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> e.getInvolvedObject() != null && name.equals(e.getInvolvedObject().getName()))
                .sorted(Comparator.comparing(e -> String.valueOf(e.getFirstTimestamp()))).toList();
    }

    /** The Events about {@code object}, oldest first. */
    public List<Event> events(HasMetadata object) {
        notNull(object, "SimulatedCluster.events(object)", "Give the Kubernetes object, e.g. a Service read from client().");
        return events(object.getMetadata().getNamespace(), object.getMetadata().getName());
    }

    /** Answers "can A reach B on this port" as the cluster and the VCN enforce it, from the objects now in the API. */
    public ClusterReachability reachability() {
        return new ClusterReachability(client, state);
    }

    @Override
    public void close() {
        controllers.close();
        client.close();
        server.destroy();
    }

    @Override
    public String toString() {
        return "SimulatedCluster[" + ref.clusterId() + " at " + masterUrl() + "]";
    }

    /**
     * Options for a {@link SimulatedCluster}.
     *
     * <pre>{@code
     * SimulatedCluster cluster = SimulatedCluster.builder(oci).cluster(compartmentId, clusterId).start();
     * }</pre>
     */
    public static final class Builder {
        /** How often FakeOci's node pools are read for nodes that came or went (they cannot be watched). */
        public static final Duration DEFAULT_NODE_POLL_INTERVAL = Duration.ofMillis(500);

        private final FakeOci oci;
        private String compartmentId;
        private String clusterId;
        private Duration nodePollInterval = DEFAULT_NODE_POLL_INTERVAL;
        private Duration settleTimeout = DEFAULT_SETTLE_TIMEOUT;

        private Builder(FakeOci oci) {
            this.oci = oci;
        }

        /** The OKE cluster in FakeOci. Required. */
        public Builder cluster(String compartmentId, String clusterId) {
            this.compartmentId = notNull(compartmentId, "SimulatedCluster.Builder.cluster(compartmentId, clusterId): compartmentId",
                    "Give the compartment the OKE cluster is in.");
            this.clusterId = notNull(clusterId, "SimulatedCluster.Builder.cluster(compartmentId, clusterId): clusterId",
                    "Give the OKE cluster's OCID.");
            return this;
        }

        /** The OKE cluster in FakeOci. Required. */
        public Builder cluster(ClusterRef ref) {
            notNull(ref, "SimulatedCluster.Builder.cluster(ref)", "Give the cluster, e.g. new ClusterRef(compartmentId, clusterId).");
            return cluster(ref.compartmentId(), ref.clusterId());
        }

        /** How often FakeOci's nodes are read (default {@link #DEFAULT_NODE_POLL_INTERVAL}). */
        public Builder nodePollInterval(Duration interval) {
            notNull(interval, "SimulatedCluster.Builder.nodePollInterval(interval)", "Give a positive duration, e.g. Duration.ofMillis(500).");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("nodePollInterval must be positive, was " + interval);
            }
            this.nodePollInterval = interval;
            return this;
        }

        /** How long {@link SimulatedCluster#settle()} waits (default {@link SimulatedCluster#DEFAULT_SETTLE_TIMEOUT}). */
        public Builder settleTimeout(Duration timeout) {
            this.settleTimeout = notNull(timeout, "SimulatedCluster.Builder.settleTimeout(timeout)", "Give a duration, e.g. Duration.ofSeconds(60).");
            return this;
        }

        /** Starts the API server and the controllers, and waits until the nodes have joined. */
        public SimulatedCluster start() {
            if (compartmentId == null || clusterId == null) {
                throw new IllegalStateException("SimulatedCluster needs the OKE cluster in FakeOci: call"
                        + " cluster(compartmentId, clusterId) before start().");
            }
            return new SimulatedCluster(this);
        }
    }
}
