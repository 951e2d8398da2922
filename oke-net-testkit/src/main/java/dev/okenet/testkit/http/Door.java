package dev.okenet.testkit.http;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.internal.door.HttpEndpoint;

/**
 * The two ways into a FakeOci: its in-process SDK interfaces, or the SDK's real clients over its
 * loopback HTTP endpoint. Both reach the same backend, clock, faults and call log, so a test
 * parameterised over the doors must see the same results through each - what keeps the HTTP
 * door honest, as moto runs its tests against both its decorators and its server.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(Door.class)
 * void deletingAVcnInUseIsAConflict(Door door) {
 *     try (FakeOci fake = FakeOci.create()) {
 *         VirtualNetwork vn = door.virtualNetwork(fake);
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The HTTP door starts the fake's endpoint on first use and builds one set of clients per fake
 * (no SDK retries, no circuit breaker, a 1024-bit signing key for speed), closed with the fake. Over HTTP, a {@link dev.okenet.testkit.SimulatedCrash} and an
 * unsupported operation's {@link UnsupportedOperationException} are raised as in process, and each
 * call is served as the client thread that made it, so caller time (sequential and parallel
 * makespans) comes out the same through both doors.
 */
public enum Door {
    /** The fake's own implementations of the SDK interfaces. */
    IN_PROCESS {
        @Override
        public OciServices services(FakeOci fake) {
            checked(fake, "services");
            return new OciServices(fake.virtualNetwork(), fake.containerEngine(), fake.networkLoadBalancer(),
                    fake.identity());
        }

        @Override
        public LoadBalancer loadBalancer(FakeOci fake) {
            return checked(fake, "loadBalancer").loadBalancer();
        }
    },
    /** The SDK's real clients, signed, over the fake's loopback HTTP endpoint. */
    HTTP {
        @Override
        public OciServices services(FakeOci fake) {
            checked(fake, "services").startHttp();
            return doorServices(fake).services();
        }

        @Override
        public LoadBalancer loadBalancer(FakeOci fake) {
            return doorServices(checked(fake, "loadBalancer")).loadBalancer();
        }

        private HttpDoorServices doorServices(FakeOci fake) {
            fake.startHttp();
            return HttpEndpoint.of(fake).shared(Door.HTTP, () -> new HttpDoorServices(fake));
        }
    };

    /** The services of {@code fake} through this door; the same objects on every call. */
    public abstract OciServices services(FakeOci fake);

    public VirtualNetwork virtualNetwork(FakeOci fake) {
        return services(checked(fake, "virtualNetwork")).virtualNetwork();
    }

    public ContainerEngine containerEngine(FakeOci fake) {
        return services(checked(fake, "containerEngine")).containerEngine();
    }

    public NetworkLoadBalancer networkLoadBalancer(FakeOci fake) {
        return services(checked(fake, "networkLoadBalancer")).networkLoadBalancer();
    }

    /** The Identity service (availability domains) of {@code fake} through this door. */
    public Identity identity(FakeOci fake) {
        return services(checked(fake, "identity")).identity();
    }

    /** The (layer 7) Load Balancer service of {@code fake} through this door; the same object on every call. */
    public abstract LoadBalancer loadBalancer(FakeOci fake);

    /** {@code fake}, refused when null with the door's {@code method} named. */
    private static FakeOci checked(FakeOci fake, String method) {
        return notNull(fake, "Door." + method + "(fake)", "Give a FakeOci, e.g. FakeOci.create().");
    }
}
