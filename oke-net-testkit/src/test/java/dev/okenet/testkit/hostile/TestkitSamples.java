package dev.okenet.testkit.hostile;

import com.oracle.bmc.Region;
import com.oracle.bmc.circuitbreaker.CircuitBreakerConfiguration;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.retrier.RetryConfiguration;
import com.oracle.bmc.util.CircuitBreakerUtils;
import dev.okenet.property.NullArgumentSamples;
import dev.okenet.testkit.CallLog;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.FakeOciAssert;
import dev.okenet.testkit.Fault;
import dev.okenet.testkit.Faults;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.OciAssertions;
import dev.okenet.testkit.RateLimits;
import dev.okenet.testkit.ServiceLimits;
import dev.okenet.testkit.VcnAssert;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.ApiKey;
import dev.okenet.testkit.http.FakeOciServer;
import dev.okenet.testkit.http.OciHttpClients;
import dev.okenet.testkit.http.OciServices;
import dev.okenet.testkit.internal.dispatch.CallJournal;
import dev.okenet.testkit.internal.dispatch.FaultPlan;
import dev.okenet.testkit.internal.state.Timeline;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * Valid arguments and receivers for probing oke-net-testkit's public members with nulls: a FakeOci
 * holding a VCN "prod" (10.0.0.0/16) with a subnet "workers" (10.0.16.0/20) and an NSG "workers"
 * admitting TCP 443 from the VCN, so that every assertion passes with these arguments; a running
 * FakeOciServer with a snapshot "before"; one 1024-bit {@link ApiKey}; fresh builders per call.
 * JUnit's contexts are stand-ins that refuse every call: no engine runs here.
 */
public class TestkitSamples extends NullArgumentSamples implements AutoCloseable {
    /** One key for every sample that needs one: generating keys is the slow part of a server. */
    protected static final ApiKey KEY = ApiKey.generate(ApiKey.MIN_KEY_BITS);

    protected final FakeOci fake = FakeOci.create();
    /** Where faults are armed, so that they never reach the calls of the other samples. */
    private final FakeOci faulty = FakeOci.create();
    private final FakeOciServer server = FakeOciServer.builder().issuedKey(KEY).start().snapshot("before");
    private final Path directory;

    public TestkitSamples() {
        try {
            directory = Files.createTempDirectory("okenet-testkit-hostile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VirtualNetwork vn = fake.virtualNetwork();
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Fixtures.subnet(vn, vcn, "workers", "10.0.16.0/20");
        NetworkSecurityGroup workers = Fixtures.nsg(vn, vcn, "workers");
        vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(workers.getId())
                .addNetworkSecurityGroupSecurityRulesDetails(AddNetworkSecurityGroupSecurityRulesDetails.builder()
                        .securityRules(List.of(AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress)
                                .protocol("6").source("10.0.0.0/16").sourceType(AddSecurityRuleDetails.SourceType.CidrBlock)
                                .tcpOptions(TcpOptions.builder().destinationPortRange(PortRange.builder().min(443).max(443).build())
                                        .build()).build())).build()).build());

        byType.put(FakeOci.class, () -> fake);
        byType.put(FakeOci.Builder.class, FakeOci::builder);
        byType.put(VirtualClock.class, fake::clock);
        byType.put(Timeline.class, () -> new Timeline(Instant.parse("2026-01-01T00:00:00Z"), VirtualClock.Mode.INSTANT));
        byType.put(FaultPlan.class, FaultPlan::new);
        byType.put(CallJournal.class, CallJournal::new);
        byType.put(Faults.class, faulty::faults);
        byType.put(Faults.RuleBuilder.class, () -> faulty.faults().on("getVcn"));
        byType.put(Faults.Armed.class, () -> faulty.faults().on("getVcn").onEveryCall());
        byType.put(Fault.class, Fault::tooManyRequests);
        byType.put(CallLog.class, fake::calls);
        byType.put(dev.okenet.testkit.ApiCall.class, () -> fake.calls().last());
        byType.put(ServiceLimits.class, fake::limits);
        byType.put(RateLimits.class, RateLimits::none);
        byType.put(FakeOciAssert.class, () -> OciAssertions.assertThat(fake));
        byType.put(VcnAssert.class, () -> OciAssertions.assertThat(fake).hasVcnNamed("prod"));
        byType.put(Region.class, () -> Region.US_ASHBURN_1);
        byType.put(Duration.class, () -> Duration.ofSeconds(1));
        byType.put(Instant.class, () -> Instant.parse("2026-01-01T00:00:00Z"));
        byType.put(InetAddress.class, InetAddress::getLoopbackAddress);
        byType.put(Path.class, () -> directory);
        byType.put(URI.class, fake::startHttp);
        byType.put(ApiKey.class, () -> KEY);
        byType.put(PublicKey.class, KEY::publicKey);
        byType.put(FakeOciServer.class, () -> server);
        byType.put(FakeOciServer.Builder.class, FakeOciServer::builder);
        byType.put(OciHttpClients.Builder.class, () -> OciHttpClients.builder(server));
        byType.put(RetryConfiguration.class, () -> RetryConfiguration.NO_RETRY_CONFIGURATION);
        byType.put(CircuitBreakerConfiguration.class, CircuitBreakerUtils::getNoCircuitBreakerConfiguration);
        byType.put(OciServices.class, () -> new OciServices(fake.virtualNetwork(), fake.containerEngine(),
                fake.networkLoadBalancer(), fake.identity()));
        byType.put(VirtualNetwork.class, fake::virtualNetwork);
        byType.put(com.oracle.bmc.containerengine.ContainerEngine.class, fake::containerEngine);
        byType.put(com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer.class, fake::networkLoadBalancer);
        byType.put(com.oracle.bmc.loadbalancer.LoadBalancer.class, fake::loadBalancer);
        byType.put(com.oracle.bmc.identity.Identity.class, fake::identity);
        byType.put(FakeOciExtension.class, FakeOciExtension::new);
        byType.put(FakeOciExtension.Builder.class, FakeOciExtension::builder);
        byType.put(ExtensionContext.class, () -> noEngine(ExtensionContext.class));
        byType.put(ParameterContext.class, TestkitSamples::fakeOciParameter);
        byType.put(Supplier.class, () -> (Supplier<String>) () -> "caller-1");
        byType.put(Runnable.class, () -> (Runnable) () -> { });
        byType.put(Predicate.class, () -> (Predicate<Object>) x -> true);
        byType.put(List.class, () -> List.of("Uocm:US-ASHBURN-AD-1"));

        byName.put("displayName", "prod");
        byName.put("cidr", "10.0.0.0/16");
        byName.put("nsgName", "workers");
        byName.put("peer", "10.0.0.0/16");
        byName.put("compartmentId", Fixtures.COMPARTMENT);
        byName.put("operation", "createVcn");
        byName.put("service", "VirtualNetwork");
        byName.put("callerKey", "caller-1");
        byName.put("keyId", KEY.keyId());
        byName.put("name", "before");
        byName.put("message", "The CIDR block is invalid.");
        byName.put("parameter", "compartmentId");
        byName.put("profile", "DEFAULT");
        byName.put("resourceId", "ocid1.vcn.oc1.iad.aaaaexample");
        byName.put("serviceCode", "InvalidParameter");
        byName.put("opcRequestId", "fakeoci-1");
    }

    /** A member-specific value, where the parameter's name and type alone are ambiguous. */
    @Override
    protected Optional<Object> special(Parameter p, Executable member) {
        switch (where(p, member)) {
            case "FakeOciAssert.hasNothingLeftIn:compartmentId":
                return Optional.of("ocid1.compartment.oc1..aaaaaaaaemptycompartment");
            case "VcnAssert.withSubnet:displayName":
                return Optional.of("workers");
            case "VcnAssert.withSubnet:cidr":
                return Optional.of("10.0.16.0/20");
            default:
                return Optional.empty();
        }
    }

    @Override
    protected long whole(Parameter p) {
        return switch (p.getName()) {
            case "port" -> 443;
            case "bits" -> ApiKey.MIN_KEY_BITS;
            default -> 1;
        };
    }

    /** A stand-in for a JUnit engine's object: every call fails, since no engine runs here. */
    protected static <T> T noEngine(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException("No JUnit engine runs the null-argument probe: " + type.getSimpleName()
                    + "." + method.getName() + " cannot answer.");
        }));
    }

    /** A parameter context for a test method's {@code FakeOci} parameter: only its parameter is known. */
    private static ParameterContext fakeOciParameter() {
        Parameter parameter;
        try {
            parameter = TestkitSamples.class.getDeclaredMethod("takesAFake", FakeOci.class).getParameters()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return (ParameterContext) Proxy.newProxyInstance(ParameterContext.class.getClassLoader(),
                new Class<?>[] {ParameterContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParameter")) {
                        return parameter;
                    }
                    throw new UnsupportedOperationException("Only getParameter() answers here, not " + method.getName() + ".");
                });
    }

    @SuppressWarnings("unused")
    private static void takesAFake(FakeOci oci) {}

    @Override
    public void close() {
        server.close();
        faulty.close();
        fake.close();
    }
}
