package dev.okenet.testkit.internal.loadbalancer;

import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.loadbalancer.LoadBalancerPaginators;
import com.oracle.bmc.loadbalancer.LoadBalancerWaiters;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.dispatch.Dispatcher;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.ServiceProxy;
import dev.okenet.testkit.internal.state.WorkTracker;
import dev.okenet.testkit.internal.state.World;
import java.util.concurrent.ExecutorService;
import java.util.function.IntSupplier;

/**
 * The in-memory Load Balancer (layer 7) service: the operations the OCI cloud controller manager
 * needs to provision a Service's load balancer (create, get, list, delete, work requests), as
 * oracle/oci-cloud-controller-manager's {@code pkg/oci/client/load_balancer.go} calls them.
 */
public final class LoadBalancerBackend {
    private final World world;
    private final WorkTracker works;
    private final LbPart loadBalancers;
    private final OperationTable table = new OperationTable();

    /** @param fixedShapeLimit the tenancy's {@code lb-100mbps-count}, read on every create */
    public LoadBalancerBackend(World world, VirtualNetworkBackend network, IntSupplier fixedShapeLimit) {
        this.world = world;
        this.works = new WorkTracker(world, "loadbalancerworkrequest");
        this.loadBalancers = new LbPart(world, network, works, fixedShapeLimit);
        loadBalancers.register(table);
        new LbWorkRequests(world, works).register(table);
    }

    public LoadBalancer client(Dispatcher dispatcher, ExecutorService waiterExecutor) {
        return ServiceProxy.create(LoadBalancer.class, table, dispatcher,
                "https://iaas." + world.region().getRegionId() + ".oraclecloud.com",
                proxy -> new LoadBalancerWaiters(waiterExecutor, proxy), LoadBalancerPaginators::new);
    }

    public OperationTable operations() {
        return table;
    }

    /** Load balancers not DELETED in a compartment, for assertions. */
    public long liveCount(String compartmentId) {
        return loadBalancers.existing().filter(lb -> compartmentId.equals(lb.compartmentId())).count();
    }

    public void reset() {
        loadBalancers.clear();
        works.clear();
    }
}
