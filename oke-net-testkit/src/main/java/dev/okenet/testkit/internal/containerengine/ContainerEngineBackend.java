package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.ContainerEnginePaginators;
import com.oracle.bmc.containerengine.ContainerEngineWaiters;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.dispatch.Dispatcher;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.ServiceProxy;
import dev.okenet.testkit.internal.state.WorkTracker;
import dev.okenet.testkit.internal.state.World;
import java.util.concurrent.ExecutorService;

/** The in-memory Container Engine (OKE) service: clusters, node pools and their work requests. */
public final class ContainerEngineBackend {
    private final World world;
    private final WorkTracker works;
    private final ClusterPart clusters;
    private final NodePoolPart nodePools;
    private final OperationTable table = new OperationTable();

    public ContainerEngineBackend(World world, VirtualNetworkBackend network) {
        this.world = world;
        this.works = new WorkTracker(world, "clustersworkrequest");
        this.clusters = new ClusterPart(world, network, works, this);
        this.nodePools = new NodePoolPart(world, network, works, this);
        WorkRequests workRequests = new WorkRequests(world, works);
        workRequests.clusterOfNodePool(nodePools::clusterOf);
        clusters.register(table);
        nodePools.register(table);
        workRequests.register(table);
        new NodePoolOptionsPart(world, clusters).register(table);
    }

    public ContainerEngine client(Dispatcher dispatcher, ExecutorService waiterExecutor) {
        return ServiceProxy.create(ContainerEngine.class, table, dispatcher,
                "https://containerengine." + world.region().getRegionId() + ".oraclecloud.com",
                proxy -> new ContainerEngineWaiters(waiterExecutor, proxy), ContainerEnginePaginators::new);
    }

    public OperationTable operations() {
        return table;
    }

    ClusterPart clusters() {
        return clusters;
    }

    NodePoolPart nodePools() {
        return nodePools;
    }

    /** Clusters not DELETED, for assertions. */
    public long liveClusterCount(String compartmentId) {
        return clusters.existing().filter(c -> compartmentId.equals(c.compartmentId())).count();
    }

    public long liveNodePoolCount(String compartmentId) {
        return nodePools.existing().filter(p -> compartmentId.equals(p.compartmentId())).count();
    }

    public void reset() {
        clusters.clear();
        nodePools.clear();
        works.clear();
    }
}
