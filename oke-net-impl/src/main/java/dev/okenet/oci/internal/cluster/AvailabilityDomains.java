package dev.okenet.oci.internal.cluster;

import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.identity.model.AvailabilityDomain;
import com.oracle.bmc.identity.requests.ListAvailabilityDomainsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.oci.internal.cloud.CloudContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The availability domains node pools place their nodes in: the names given to the provider, or
 * else the tenancy's own, listed with Identity's {@code ListAvailabilityDomains} — never invented,
 * since OCI names them per tenancy ({@code Uocm:US-ASHBURN-AD-1}).
 *
 * <p>Sources: {@code Identity.listAvailabilityDomains} (oci-java-sdk-identity): "Lists the
 * availability domains in your tenancy. Specify the OCID of either the tenancy or another of your
 * compartments as the value for the compartment ID", and "do not create a dependency on the list
 * order", so the names are sorted. oracle-terraform-modules/terraform-oci-oke does the same:
 * {@code module-iam.tf} reads {@code data "oci_identity_availability_domains"} with the tenancy
 * (or the compartment) and {@code modules/workers/locals.tf} places a worker pool in every listed
 * domain by default ({@code placement_ads = var.ad_numbers}); so does a node pool here, one
 * placement configuration per domain.
 *
 * <pre>{@code
 * AvailabilityDomains domains = new AvailabilityDomains(List.of(), cloud.identity());
 * AvailabilityDomains.Once once = domains.once();       // one per plan: at most one call
 * List<String> names = once.domains(ctx);                // [Uocm:US-ASHBURN-AD-1, ..., -AD-3]
 * }</pre>
 */
public final class AvailabilityDomains {
  private final List<String> given;
  private final Optional<Identity> identity;

  /**
   * @param given the names the user gave (these win); may be empty
   * @param identity the client that lists them when none are given; may be empty
   */
  public AvailabilityDomains(List<String> given, Optional<Identity> identity) {
    this.given = List.copyOf(given);
    this.identity = Objects.requireNonNull(identity, "identity");
  }

  /**
   * The domains: the given ones, else the tenancy's as Identity lists them for {@code ctx}'s
   * compartment (one call, retried and paced like any other), sorted by name; empty when there
   * is neither.
   *
   * @throws IllegalStateException when Identity refuses the call or lists none, with the way to give
   *     the names instead
   */
  public List<String> resolve(CloudContext ctx) {
    if (!given.isEmpty() || identity.isEmpty()) {
      return given;
    }
    List<String> listed;
    try {
      listed = ctx.call("listAvailabilityDomains", () -> identity.get().listAvailabilityDomains(
          ListAvailabilityDomainsRequest.builder().compartmentId(ctx.compartmentId()).build())).getItems().stream()
          .map(AvailabilityDomain::getName).filter(Objects::nonNull).distinct().sorted().toList();
    } catch (BmcException e) {
      throw new IllegalStateException("Listing the tenancy's availability domains (Identity ListAvailabilityDomains in "
          + ctx.compartmentId() + ") failed: " + e.getStatusCode() + " " + e.getServiceCode() + ": " + e.getMessage()
          + ". Node pools need them; give them instead with OciNetworkProvider.builder().availabilityDomains(List.of(...)) "
          + "('oci iam availability-domain list' names them).", e);
    }
    if (listed.isEmpty()) {
      // Every region has at least one: an empty answer is a broken endpoint, not a region without domains.
      throw new IllegalStateException("Identity ListAvailabilityDomains listed no availability domain in " + ctx.compartmentId()
          + ", and node pools need at least one. Check the Identity client's endpoint, or name them with "
          + "OciNetworkProvider.builder().availabilityDomains(List.of(...)).");
    }
    return listed;
  }

  /** A lookup that reads at most once, on first use: one per plan, or per estate of plans. */
  public Once once() {
    return new Once();
  }

  /** {@link #resolve} at most once. */
  public final class Once {
    private List<String> found;

    private Once() {}

    /** The domains, read on the first call. */
    public synchronized List<String> domains(CloudContext ctx) {
      if (found == null) {
        found = resolve(ctx);
      }
      return found;
    }
  }
}
