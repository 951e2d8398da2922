package dev.okenet.testkit.internal.nlb;

import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerPaginators;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerWaiters;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.dispatch.Dispatcher;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.ServiceProxy;
import dev.okenet.testkit.internal.state.WorkTracker;
import dev.okenet.testkit.internal.state.World;
import java.util.concurrent.ExecutorService;

/** The in-memory Network Load Balancer service: NLBs, listeners, backend sets, backends, work requests. */
public final class NetworkLoadBalancerBackend {
    private final World world;
    private final WorkTracker works;
    private final NlbPart nlbs;
    private final OperationTable table = new OperationTable();

    public NetworkLoadBalancerBackend(World world, VirtualNetworkBackend network) {
        this.world = world;
        this.works = new WorkTracker(world, "nlbworkrequest");
        this.nlbs = new NlbPart(world, network, works);
        nlbs.register(table);
        new NlbComponents(world, nlbs).register(table);
        new NlbWorkRequests(world, works).register(table);
    }

    public NetworkLoadBalancer client(Dispatcher dispatcher, ExecutorService waiterExecutor) {
        return ServiceProxy.create(NetworkLoadBalancer.class, table, dispatcher,
                "https://network-load-balancer-api." + world.region().getRegionId() + ".oci.oraclecloud.com",
                proxy -> new NetworkLoadBalancerWaiters(waiterExecutor, proxy), NetworkLoadBalancerPaginators::new);
    }

    public OperationTable operations() {
        return table;
    }

    /** NLBs not DELETED in a compartment, for assertions. */
    public long liveCount(String compartmentId) {
        return nlbs.existing().filter(n -> compartmentId.equals(n.compartmentId())).count();
    }

    public void reset() {
        nlbs.clear();
        works.clear();
    }
}
