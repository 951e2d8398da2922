package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.ContainerEnginePaginators;
import com.oracle.bmc.containerengine.ContainerEngineWaiters;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.dispatch.Dispatcher;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.ServiceProxy;
import dev.okenet.testkit.internal.state.World;
import java.util.concurrent.ExecutorService;

/** The in-memory Container Engine (OKE) service: clusters, node pools and their work requests. */
public final class ContainerEngineBackend {
    private final World world;
    private final OperationTable table = new OperationTable();

    public ContainerEngineBackend(World world, VirtualNetworkBackend network) {
        this.world = world;
    }

    public ContainerEngine client(Dispatcher dispatcher, ExecutorService waiterExecutor) {
        return ServiceProxy.create(ContainerEngine.class, table, dispatcher,
                "https://containerengine." + world.region().getRegionId() + ".oraclecloud.com",
                proxy -> new ContainerEngineWaiters(waiterExecutor, proxy), ContainerEnginePaginators::new);
    }

    public OperationTable operations() {
        return table;
    }

    public void reset() {
    }
}
