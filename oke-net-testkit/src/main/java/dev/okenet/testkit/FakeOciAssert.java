package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.Vcn;
import dev.okenet.testkit.internal.core.VirtualNetworkBackend;
import dev.okenet.testkit.internal.state.Resource;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what a {@link FakeOci} holds; start from {@link OciAssertions#assertThat(FakeOci)}.
 * Only live resources count (TERMINATED ones are ignored). Reads the state directly, so asserting
 * never adds calls to the {@linkplain FakeOci#calls() call log}.
 *
 * <pre>{@code
 * OciAssertions.assertThat(oci).hasVcnNamed("prod").withCidr("10.0.0.0/16");
 * }</pre>
 */
public final class FakeOciAssert extends AbstractAssert<FakeOciAssert, FakeOci> {

    FakeOciAssert(FakeOci actual) {
        super(actual, FakeOciAssert.class);
    }

    /** Passes if a live VCN has this display name; continues with checks on that VCN. */
    public VcnAssert hasVcnNamed(String displayName) {
        notNull(displayName, "FakeOciAssert.hasVcnNamed(displayName)", "Give the VCN's display name, e.g. \"prod\".");
        isNotNull();
        List<Resource<Vcn>> vcns = actual.inspect(oci -> live(oci, oci.networkBackend().vcnResources().toList()));
        Optional<Resource<Vcn>> match = vcns.stream().filter(v -> displayName.equals(v.displayName())).findFirst();
        if (match.isEmpty()) {
            failWithMessage("Expected a VCN named <%s> but the live VCNs are <%s>", displayName,
                    vcns.stream().map(Resource::displayName).toList());
        }
        return new VcnAssert(actual, match.orElseThrow());
    }

    /** Passes if the NSG named {@code nsgName} has an ingress rule from {@code peer} (a CIDR, or an NSG's name or id) covering TCP {@code port}. */
    public FakeOciAssert hasNsgRule(String nsgName, String peer, int port) {
        notNull(nsgName, "FakeOciAssert.hasNsgRule(nsgName, peer, port): nsgName", "Give the NSG's display name, e.g. \"workers\".");
        notNull(peer, "FakeOciAssert.hasNsgRule(nsgName, peer, port): peer",
                "Give the rule's source: a CIDR such as \"10.0.0.0/28\", or an NSG's name or id.");
        isNotNull();
        RuleSearch found = actual.inspect(oci -> {
            VirtualNetworkBackend net = oci.networkBackend();
            Optional<Resource<NetworkSecurityGroup>> group = live(oci, net.nsgResources().toList()).stream()
                    .filter(g -> nsgName.equals(g.displayName())).findFirst();
            if (group.isEmpty()) {
                return new RuleSearch(false, false, List.of());
            }
            String peerId = live(oci, net.nsgResources().toList()).stream()
                    .filter(g -> peer.equals(g.displayName())).map(Resource::id).findFirst().orElse(peer);
            List<SecurityRule> rules = net.nsgRulesOf(group.get().id());
            boolean allowed = rules.stream().anyMatch(r -> r.getDirection() == SecurityRule.Direction.Ingress
                    && peerId.equals(r.getSource()) && coversTcp(r, port));
            return new RuleSearch(true, allowed, rules.stream().map(FakeOciAssert::describe).toList());
        });
        if (!found.groupFound()) {
            failWithMessage("Expected a network security group named <%s> but there is none", nsgName);
        } else if (!found.allowed()) {
            failWithMessage("Expected NSG <%s> to allow TCP %s from <%s> but its rules are <%s>", nsgName, port, peer,
                    found.rules());
        }
        return this;
    }

    private record RuleSearch(boolean groupFound, boolean allowed, List<String> rules) {}

    private static boolean coversTcp(SecurityRule rule, int port) {
        if ("all".equals(rule.getProtocol())) {
            return true;
        }
        if (!"6".equals(rule.getProtocol())) {
            return false;
        }
        if (rule.getTcpOptions() == null || rule.getTcpOptions().getDestinationPortRange() == null) {
            return true;
        }
        var range = rule.getTcpOptions().getDestinationPortRange();
        return range.getMin() <= port && port <= range.getMax();
    }

    private static String describe(SecurityRule rule) {
        String peer = rule.getDirection() == SecurityRule.Direction.Ingress ? "from " + rule.getSource()
                : "to " + rule.getDestination();
        String ports = rule.getTcpOptions() != null && rule.getTcpOptions().getDestinationPortRange() != null
                ? " " + rule.getTcpOptions().getDestinationPortRange().getMin() + "-"
                        + rule.getTcpOptions().getDestinationPortRange().getMax() : "";
        return rule.getDirection().getValue() + " " + rule.getProtocol() + ports + " " + peer;
    }

    /** Passes if nothing but TERMINATED resources remain in the compartment, in any service. */
    public FakeOciAssert hasNothingLeftIn(String compartmentId) {
        notNull(compartmentId, "FakeOciAssert.hasNothingLeftIn(compartmentId)",
                "Give the compartment's OCID, e.g. \"ocid1.compartment.oc1..aaaaexample\".");
        isNotNull();
        List<String> left = actual.inspect(oci -> {
            List<String> names = new java.util.ArrayList<>(oci.networkBackend().existingResources()
                    .filter(r -> compartmentId.equals(r.compartmentId())).map(Object::toString).toList());
            long clusters = oci.containerEngineBackend().liveClusterCount(compartmentId);
            long pools = oci.containerEngineBackend().liveNodePoolCount(compartmentId);
            long nlbs = oci.loadBalancerBackend().liveCount(compartmentId);
            if (clusters > 0) {
                names.add(clusters + " cluster(s)");
            }
            if (pools > 0) {
                names.add(pools + " node pool(s)");
            }
            if (nlbs > 0) {
                names.add(nlbs + " network load balancer(s)");
            }
            return names;
        });
        if (!left.isEmpty()) {
            failWithMessage("Expected nothing left in compartment <%s> but found <%s>", compartmentId, left);
        }
        return this;
    }

    /** Passes if exactly {@code count} calls of {@code operation} were made. */
    public FakeOciAssert madeCalls(String operation, int count) {
        notNull(operation, "FakeOciAssert.madeCalls(operation, count): operation", "Give an SDK method name, e.g. \"createSubnet\".");
        isNotNull();
        int made = actual.calls().count(operation);
        if (made != count) {
            failWithMessage("Expected <%s> calls of %s but there were <%s>; calls by operation: %s", count, operation,
                    made, actual.calls().countsByOperation());
        }
        return this;
    }

    private static <M> List<Resource<M>> live(FakeOci oci, List<Resource<M>> resources) {
        VirtualNetworkBackend net = oci.networkBackend();
        return resources.stream().filter(r -> {
            String state = net.stateOf(r);
            return !state.equals("TERMINATED") && !state.equals("TERMINATING");
        }).toList();
    }
}
