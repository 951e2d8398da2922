package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.model.NodeEvictionNodePoolSettings;
import com.oracle.bmc.containerengine.model.NodePoolCyclingDetails;
import com.oracle.bmc.containerengine.model.NodePoolPlacementConfigDetails;
import com.oracle.bmc.containerengine.model.NodeSourceDetails;
import com.oracle.bmc.containerengine.model.NodeSourceViaImageDetails;
import com.oracle.bmc.core.model.Subnet;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Resource;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The defaults and constraints the Container Engine SDK's model javadoc documents for a node pool's
 * settings, beside its placement and pod networking: the deprecated/current placement pair, the
 * node source, eviction and cycling settings. Each rule names the class and field whose javadoc
 * states it.
 */
final class NodePoolRules {
    /** {@code NodeEvictionNodePoolSettings.evictionGraceDuration}: "Default PT60M, Min PT0M, Max: PT60M". */
    static final Duration MAX_EVICTION_GRACE = Duration.ofMinutes(60);
    static final String DEFAULT_EVICTION_GRACE = "PT60M";
    /** {@code NodePoolCyclingDetails.maximumUnavailable}: "Defaults to 0". */
    static final String DEFAULT_MAXIMUM_UNAVAILABLE = "0";
    /** {@code NodePoolCyclingDetails.maximumSurge}: "Defaults to 1". */
    static final String DEFAULT_MAXIMUM_SURGE = "1";
    /** {@code NodeSourceViaImageDetails.bootVolumeSizeInGBs}: "Minimum value is 50 GB." */
    static final long MIN_BOOT_VOLUME_GBS = 50;
    private static final Pattern COUNT_OR_PERCENT = Pattern.compile("(\\d+)(%?)");

    private NodePoolRules() {}

    /**
     * {@code CreateNodePoolDetails.subnetIds} / {@code nodeConfigDetails}: "Exactly one of the
     * subnetIds or nodeConfigDetails properties must be specified" ({@code UpdateNodePoolDetails}:
     * "Only one of ... can be specified"). The legacy placement is not modelled.
     */
    static void requireOnePlacement(boolean hasNodeConfig, List<String> subnetIds, Integer quantityPerSubnet,
            boolean create, String where) {
        boolean legacy = subnetIds != null || quantityPerSubnet != null;
        if (hasNodeConfig && legacy) {
            throw OciErrors.invalid(where + " gives both subnetIds/quantityPerSubnet and nodeConfigDetails; only one"
                    + " of them may be specified. Use nodeConfigDetails (subnetIds is deprecated).");
        }
        if (legacy) {
            throw new UnsupportedOperationException("FakeOci does not model the legacy subnetIds/quantityPerSubnet"
                    + " node pool placement; use nodeConfigDetails. See oke-net-testkit/COVERAGE.md");
        }
        if (create && !hasNodeConfig) {
            throw OciErrors.missing("nodeConfigDetails (or the deprecated subnetIds)", where);
        }
    }

    /**
     * A placement per availability domain ({@code CreateNodePoolNodeConfigDetails.placementConfigs}:
     * "Provide one placement configuration for each availability domain"), each with its required
     * availability domain and subnet; an AD-specific subnet only in its own AD ({@code
     * CreateSubnetDetails.availabilityDomain}: resources in it "can only be created in that
     * availability domain"); a preemptible config with its required {@code preemptionAction}.
     */
    static void requirePlacement(NodePoolPlacementConfigDetails placement, Resource<Subnet> subnet,
            Set<String> domainsSeen, String where) {
        String domain = placement.getAvailabilityDomain();
        if (!domainsSeen.add(domain)) {
            throw OciErrors.invalid("placementConfigs name availability domain " + domain + " more than once in "
                    + where + "; give one placement configuration per availability domain.");
        }
        String subnetDomain = subnet.model().getAvailabilityDomain();
        if (subnetDomain != null && !subnetDomain.equals(domain)) {
            throw OciErrors.invalid("The placement in " + domain + " names " + subnet + ", which is specific to "
                    + subnetDomain + "; place nodes in the subnet's own availability domain or use a regional subnet.");
        }
        if (placement.getPreemptibleNodeConfig() != null
                && placement.getPreemptibleNodeConfig().getPreemptionAction() == null) {
            throw OciErrors.missing("placementConfigs[].preemptibleNodeConfig.preemptionAction", where);
        }
    }

    static Set<String> newDomainSet() {
        return new HashSet<>();
    }

    /** {@code NodeSourceViaImageDetails}: {@code imageId} required, boot volume 50 GB at least. */
    static void requireSource(NodeSourceDetails source, String where) {
        if (source instanceof NodeSourceViaImageDetails image) {
            if (image.getImageId() == null) {
                throw OciErrors.missing("nodeSourceDetails.imageId", where);
            }
            if (image.getBootVolumeSizeInGBs() != null && image.getBootVolumeSizeInGBs() < MIN_BOOT_VOLUME_GBS) {
                throw OciErrors.invalid("nodeSourceDetails.bootVolumeSizeInGBs " + image.getBootVolumeSizeInGBs()
                        + " is below the minimum of " + MIN_BOOT_VOLUME_GBS + " GB; ask for " + MIN_BOOT_VOLUME_GBS
                        + " or more.");
            }
        }
    }

    /** The eviction settings as stored: the grace period PT0M to PT60M, PT60M when not given. */
    static NodeEvictionNodePoolSettings eviction(NodeEvictionNodePoolSettings given, String where) {
        if (given == null) {
            return null;
        }
        if (given.getEvictionGraceDuration() == null) {
            return given.toBuilder().evictionGraceDuration(DEFAULT_EVICTION_GRACE).build();
        }
        requireGrace(given.getEvictionGraceDuration(), "nodeEvictionNodePoolSettings.evictionGraceDuration", where);
        return given;
    }

    /**
     * An eviction grace period: ISO 8601, PT0M to PT60M ({@code NodeEvictionNodePoolSettings}
     * and the delete / update requests' {@code overrideEvictionGraceDuration}).
     */
    static void requireGrace(String text, String parameter, String where) {
        if (text == null) {
            return;
        }
        Duration grace;
        try {
            grace = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw OciErrors.invalid(parameter + " '" + text + "' in " + where + " is not an ISO 8601 duration; write it"
                    + " like PT30M.");
        }
        if (grace.isNegative() || grace.compareTo(MAX_EVICTION_GRACE) > 0) {
            throw OciErrors.invalid(parameter + " " + text + " in " + where + " is out of range; it must be PT0M to"
                    + " PT60M.");
        }
    }

    /**
     * The cycling settings as stored: {@code maximumUnavailable} 0 and {@code maximumSurge} 1 when
     * not given, each "Ranges from 0 to Nodepool size or 0% to 100%".
     */
    static NodePoolCyclingDetails cycling(NodePoolCyclingDetails given, int size, String where) {
        if (given == null) {
            return null;
        }
        String unavailable = given.getMaximumUnavailable() != null ? given.getMaximumUnavailable()
                : DEFAULT_MAXIMUM_UNAVAILABLE;
        String surge = given.getMaximumSurge() != null ? given.getMaximumSurge() : DEFAULT_MAXIMUM_SURGE;
        requireCountOrPercent(unavailable, size, "nodePoolCyclingDetails.maximumUnavailable", where, given.getMaximumUnavailable() != null);
        requireCountOrPercent(surge, size, "nodePoolCyclingDetails.maximumSurge", where, given.getMaximumSurge() != null);
        return given.toBuilder().maximumUnavailable(unavailable).maximumSurge(surge).build();
    }

    private static void requireCountOrPercent(String value, int size, String parameter, String where, boolean given) {
        Matcher m = COUNT_OR_PERCENT.matcher(value);
        boolean valid = m.matches();
        if (valid) {
            long number = Long.parseLong(m.group(1));
            // A default (0 or 1) is not held against a pool of 0 nodes.
            valid = m.group(2).isEmpty() ? number <= size || !given : number <= 100;
        }
        if (!valid) {
            throw OciErrors.invalid(parameter + " '" + value + "' in " + where + " is out of range; give 0 to the node"
                    + " pool size (" + size + ") or 0% to 100%.");
        }
    }
}
