package dev.okenet.testkit.internal.identity;

import com.oracle.bmc.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many availability domains a region has and how OCI names them, for the names a FakeOci
 * lists when its builder is given none.
 *
 * <p>Counts: Oracle, "Regions and Availability Domains"
 * (https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm), the commercial
 * realm's table, column "Availability Domains": us-ashburn-1, us-phoenix-1, eu-frankfurt-1 and
 * uk-london-1 have three; the other regions one ("we have chosen to launch regions in new
 * geographies with one availability domain"). A region missing from the small table below is
 * taken to have one.
 *
 * <p>Names: {@code <tenancy prefix>:<region part>-AD-<n>}, the prefix differing per tenancy. The
 * region part is the region identifier in capitals (eu-frankfurt-1 has
 * {@code EU-FRANKFURT-1-AD-1}, ap-tokyo-1 {@code AP-TOKYO-1-AD-1}) except for the two oldest
 * regions: us-ashburn-1 has {@code US-ASHBURN-AD-1}, us-phoenix-1 {@code PHX-AD-1} (the SDK's own
 * example, e.g. {@code CreateSubnetDetails.availabilityDomain}: "Example: {@code Uocm:PHX-AD-1}").
 * FakeOci's tenancy prefix is that example's, {@value #TENANCY_PREFIX}.
 *
 * <pre>{@code
 * RegionDomains.of(Region.US_ASHBURN_1);   // [Uocm:US-ASHBURN-AD-1, Uocm:US-ASHBURN-AD-2, Uocm:US-ASHBURN-AD-3]
 * RegionDomains.of(Region.AP_TOKYO_1);     // [Uocm:AP-TOKYO-1-AD-1]
 * }</pre>
 */
public final class RegionDomains {
    /** The tenancy prefix of FakeOci's availability domain names (the OCI SDK's example prefix). */
    public static final String TENANCY_PREFIX = "Uocm";

    /** The regions with more than one availability domain, with their count. */
    private static final Map<String, Integer> MULTI_AD_REGIONS = Map.of(
            "us-ashburn-1", 3, "us-phoenix-1", 3, "eu-frankfurt-1", 3, "uk-london-1", 3);

    /** The regions whose names drop the identifier's form. */
    private static final Map<String, String> LEGACY_NAMES = Map.of("us-ashburn-1", "US-ASHBURN", "us-phoenix-1", "PHX");

    private RegionDomains() {}

    /** The availability domains of {@code region}, in order, named for FakeOci's tenancy. */
    public static List<String> of(Region region) {
        String id = region.getRegionId();
        String part = LEGACY_NAMES.getOrDefault(id, id.toUpperCase(Locale.ROOT));
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= MULTI_AD_REGIONS.getOrDefault(id, 1); n++) {
            names.add(TENANCY_PREFIX + ":" + part + "-AD-" + n);
        }
        return List.copyOf(names);
    }
}
