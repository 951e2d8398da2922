package dev.okenet.testkit.ccm.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CCM's configured load balancer subnets ({@code cloud-provider.yaml}, {@code loadBalancer.subnet1}
 * and {@code subnet2}); on OKE they are the cluster's service load balancer subnets. An empty
 * string means "not configured", as in the CCM's config.
 *
 * @param subnet1 the first subnet, or ""
 * @param subnet2 the second subnet, or ""
 */
public record DefaultSubnets(String subnet1, String subnet2) {
    public DefaultSubnets {
        Objects.requireNonNull(subnet1, "subnet1");
        Objects.requireNonNull(subnet2, "subnet2");
    }

    /** No default subnet. */
    public static DefaultSubnets none() {
        return new DefaultSubnets("", "");
    }

    /** The first of {@code subnetIds} as subnet1 and the second, if any, as subnet2. */
    public static DefaultSubnets of(List<String> subnetIds) {
        return new DefaultSubnets(subnetIds.isEmpty() ? "" : subnetIds.get(0), subnetIds.size() < 2 ? "" : subnetIds.get(1));
    }

    /** {@code getDefaultLBSubnets}: both when subnet2 is set, else subnet1 alone (possibly ""). */
    List<String> asList() {
        List<String> out = new ArrayList<>();
        out.add(subnet1);
        if (!subnet2.isEmpty()) {
            out.add(subnet2);
        }
        return out;
    }
}
