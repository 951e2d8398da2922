package dev.okenet.oci.internal.provider;

import com.oracle.bmc.ClientConfiguration;
import com.oracle.bmc.ConfigFileReader;
import com.oracle.bmc.Region;
import com.oracle.bmc.auth.AbstractAuthenticationDetailsProvider;
import com.oracle.bmc.auth.ConfigFileAuthenticationDetailsProvider;
import com.oracle.bmc.auth.InstancePrincipalsAuthenticationDetailsProvider;
import com.oracle.bmc.containerengine.ContainerEngineClient;
import com.oracle.bmc.core.VirtualNetworkClient;
import com.oracle.bmc.identity.IdentityClient;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerClient;
import com.oracle.bmc.retrier.RetryConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The OCI SDK's real clients, built from an OCI config file profile or from instance principals,
 * for one region. Built without SDK retries: the provider retries on its own terms
 * ({@code RetryPolicy}), and SDK-level retries would multiply them. No call is made here (except
 * that instance principals contact the instance metadata service).
 *
 * <pre>{@code
 * SdkClients c = SdkClients.fromConfigFile("~/.oci/config", "DEFAULT", null);
 * c.virtualNetwork().listVcns(...);
 * }</pre>
 *
 * @param virtualNetwork the VirtualNetwork client
 * @param containerEngine the ContainerEngine client
 * @param networkLoadBalancer the NetworkLoadBalancer client
 * @param identity the Identity client, which lists the tenancy's availability domains
 * @param tenancy what names the tenancy and region for pacing: "tenancy OCID@region" from a config
 *     file, "instance-principal@region" for instance principals (an instance is in one tenancy)
 */
public record SdkClients(VirtualNetworkClient virtualNetwork, ContainerEngineClient containerEngine,
    NetworkLoadBalancerClient networkLoadBalancer, IdentityClient identity, String tenancy) {

  /** The clients of {@code configFile}'s {@code profile}, in {@code region} (the profile's when null). */
  public static SdkClients fromConfigFile(String configFile, String profile, String region) {
    try {
      ConfigFileReader.ConfigFile config = ConfigFileReader.parse(configFile, profile);
      ConfigFileAuthenticationDetailsProvider auth = new ConfigFileAuthenticationDetailsProvider(config);
      Region r = region != null ? Region.fromRegionCodeOrId(region) : auth.getRegion();
      if (r == null) {
        throw new IllegalArgumentException("Profile [" + profile + "] of " + configFile
            + " names no region and none was given. Add region=us-ashburn-1 to the profile, or pass the model's region.");
      }
      return of(auth, r, auth.getTenantId() + "@" + r.getRegionId());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read profile [" + profile + "] of OCI config file " + configFile
          + ". Create it with 'oci setup config', or pass another file.", e);
    }
  }

  /** The clients of the instance this runs on, in {@code region}. */
  public static SdkClients fromInstancePrincipals(String region) {
    Region r = Region.fromRegionCodeOrId(region);
    return of(InstancePrincipalsAuthenticationDetailsProvider.builder().build(), r, "instance-principal@" + r.getRegionId());
  }

  private static SdkClients of(AbstractAuthenticationDetailsProvider auth, Region region, String tenancy) {
    ClientConfiguration config = ClientConfiguration.builder().retryConfiguration(RetryConfiguration.NO_RETRY_CONFIGURATION).build();
    return new SdkClients(VirtualNetworkClient.builder().region(region).configuration(config).build(auth),
        ContainerEngineClient.builder().region(region).configuration(config).build(auth),
        NetworkLoadBalancerClient.builder().region(region).configuration(config).build(auth),
        IdentityClient.builder().region(region).configuration(config).build(auth), tenancy);
  }

  /** The clients, to close with the provider. */
  public List<AutoCloseable> closeables() {
    return List.of(virtualNetwork, containerEngine, networkLoadBalancer, identity);
  }
}
