package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import dev.okenet.testkit.internal.state.Resource;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Checks on one VCN found by {@link FakeOciAssert#hasVcnNamed(String)}.
 *
 * <pre>{@code
 * OciAssertions.assertThat(oci).hasVcnNamed("prod").withCidr("10.0.0.0/16").withSubnetCount(4)
 *         .withSubnet("workers", "10.0.16.0/20");
 * }</pre>
 */
public final class VcnAssert extends AbstractAssert<VcnAssert, Vcn> {
    private final FakeOci oci;
    private final Resource<Vcn> vcn;

    VcnAssert(FakeOci oci, Resource<Vcn> vcn) {
        super(vcn.model(), VcnAssert.class);
        this.oci = oci;
        this.vcn = vcn;
    }

    /** Passes if the VCN has this CIDR block among its blocks. */
    public VcnAssert withCidr(String cidr) {
        notNull(cidr, "VcnAssert.withCidr(cidr)", "Give a CIDR block, e.g. \"10.0.0.0/16\".");
        if (!actual.getCidrBlocks().contains(cidr)) {
            failWithMessage("Expected VCN <%s> to have CIDR <%s> but its CIDR blocks are <%s>", vcn.displayName(), cidr,
                    actual.getCidrBlocks());
        }
        return this;
    }

    /** Passes if the VCN has exactly {@code count} live subnets. */
    public VcnAssert withSubnetCount(int count) {
        List<String> subnets = subnets().stream().map(s -> s.displayName() + " " + s.model().getCidrBlock()).toList();
        if (subnets.size() != count) {
            failWithMessage("Expected VCN <%s> to have <%s> subnets but it has <%s>: %s", vcn.displayName(), count,
                    subnets.size(), subnets);
        }
        return this;
    }

    /** Passes if the VCN has a live subnet with this display name and CIDR. */
    public VcnAssert withSubnet(String displayName, String cidr) {
        notNull(displayName, "VcnAssert.withSubnet(displayName, cidr): displayName", "Give the subnet's display name, e.g. \"workers\".");
        notNull(cidr, "VcnAssert.withSubnet(displayName, cidr): cidr", "Give the subnet's CIDR block, e.g. \"10.0.16.0/20\".");
        List<String> subnets = subnets().stream().map(s -> s.displayName() + " " + s.model().getCidrBlock()).toList();
        if (!subnets.contains(displayName + " " + cidr)) {
            failWithMessage("Expected VCN <%s> to have subnet <%s %s> but its subnets are <%s>", vcn.displayName(),
                    displayName, cidr, subnets);
        }
        return this;
    }

    private List<Resource<Subnet>> subnets() {
        return oci.inspect(fake -> fake.networkBackend().subnetResources()
                .filter(s -> vcn.id().equals(s.parentId()))
                .filter(s -> fake.networkBackend().stateOf(s).equals("AVAILABLE")
                        || fake.networkBackend().stateOf(s).equals("PROVISIONING"))
                .toList());
    }
}
