package dev.okenet.testkit.http;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.ContainerEnginePaginators;
import com.oracle.bmc.containerengine.ContainerEngineWaiters;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.VirtualNetworkPaginators;
import com.oracle.bmc.core.VirtualNetworkWaiters;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.identity.IdentityPaginators;
import com.oracle.bmc.identity.IdentityWaiters;
import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.loadbalancer.LoadBalancerPaginators;
import com.oracle.bmc.loadbalancer.LoadBalancerWaiters;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerPaginators;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerWaiters;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.internal.door.DoorFailures;
import dev.okenet.testkit.internal.state.OnFirstUse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP door's services for one fake: real SDK clients, wrapped so crashes and unsupported
 * operations fail as in process, with waiters and paginators over the wrappers. Built once per
 * fake and closed when its endpoint stops.
 */
final class HttpDoorServices implements AutoCloseable {
    private final OciHttpClients clients;
    private final ExecutorService waiterExecutor;
    private final OciServices services;
    private final OnFirstUse<LoadBalancer> loadBalancer;

    HttpDoorServices(FakeOci fake) {
        // A loopback-only key: signing was most of a call's client-side cost, and the fake verifies
        // the signature all the same. Built for the fake, so the clients send their caller's key and
        // caller time holds.
        this.clients = OciHttpClients.builder(fake).loopbackKey().build();
        // The SDK waiters' futures run here; daemon threads so a forgotten close never hangs a JVM.
        this.waiterExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fakeoci-http-waiter");
            thread.setDaemon(true);
            return thread;
        });
        this.services = new OciServices(
                DoorFailures.wrap(VirtualNetwork.class, clients.virtualNetwork(),
                        proxy -> new VirtualNetworkWaiters(waiterExecutor, proxy), VirtualNetworkPaginators::new),
                DoorFailures.wrap(ContainerEngine.class, clients.containerEngine(),
                        proxy -> new ContainerEngineWaiters(waiterExecutor, proxy), ContainerEnginePaginators::new),
                DoorFailures.wrap(NetworkLoadBalancer.class, clients.networkLoadBalancer(),
                        proxy -> new NetworkLoadBalancerWaiters(waiterExecutor, proxy),
                        NetworkLoadBalancerPaginators::new),
                DoorFailures.wrap(Identity.class, clients.identity(),
                        proxy -> new IdentityWaiters(waiterExecutor, proxy), IdentityPaginators::new));
        // Only the CCM simulation uses the classic load balancer: its client is built when first asked for.
        this.loadBalancer = new OnFirstUse<>(() -> DoorFailures.wrap(LoadBalancer.class, clients.loadBalancer(),
                proxy -> new LoadBalancerWaiters(waiterExecutor, proxy), LoadBalancerPaginators::new));
    }

    OciServices services() {
        return services;
    }

    LoadBalancer loadBalancer() {
        return loadBalancer.get();
    }

    @Override
    public void close() {
        waiterExecutor.shutdownNow();
        clients.close();
    }
}
