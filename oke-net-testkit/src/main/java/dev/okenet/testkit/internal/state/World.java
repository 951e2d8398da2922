package dev.okenet.testkit.internal.state;

import com.oracle.bmc.Region;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** What every backend shares: region, clock, id generator, pagination and retry tokens. */
public final class World {
    private static final DateTimeFormatter NAME_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Region region;
    private final Timeline timeline;
    private final Ocids ocids;
    private final Listing listing;
    private final RetryTokens retryTokens = new RetryTokens();
    private final Scheduler scheduler;

    public World(Region region, Timeline timeline, long seed, int defaultPageSize) {
        this.region = region;
        this.timeline = timeline;
        this.ocids = new Ocids(regionKey(region), seed);
        this.listing = new Listing(defaultPageSize);
        this.scheduler = new Scheduler(timeline);
    }

    /** Actions due at a virtual time (nodes coming up, addresses freed when a deletion ends). */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** OCI's short region key, lower case, e.g. {@code iad} for us-ashburn-1. */
    public static String regionKey(Region region) {
        String code = region.getRegionCode();
        return code == null ? region.getRegionId() : code.toLowerCase(java.util.Locale.ROOT);
    }

    public Region region() {
        return region;
    }

    public String regionKey() {
        return regionKey(region);
    }

    public Timeline timeline() {
        return timeline;
    }

    public long now() {
        return timeline.now();
    }

    public Date date(long millis) {
        return Date.from(timeline.instantAt(millis));
    }

    /** The display name OCI gives a resource created without one, e.g. {@code vcn20250101120000}. */
    public String defaultName(String prefix, long at) {
        return prefix + NAME_STAMP.format(timeline.instantAt(at));
    }

    public Ocids ocids() {
        return ocids;
    }

    public Listing listing() {
        return listing;
    }

    public RetryTokens retryTokens() {
        return retryTokens;
    }
}
