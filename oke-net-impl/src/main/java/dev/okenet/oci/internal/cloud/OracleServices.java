package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.Service;
import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.ResourceSpec;
import dev.okenet.resolved.ResolvedGateway;
import dev.okenet.vcn.ServiceGatewayScope;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The region's Oracle Services Network services, read once per plan with ListServices: the service
 * gateway enables one by OCID, and route and security rules name it by its CIDR label. Which
 * service "the Oracle Services Network" means is the network's service gateway scope: OCI refuses
 * a route to a gateway for a service it does not enable, so an Object Storage gateway's routes and
 * rules name the Object Storage label, never the all-services one.
 *
 * <pre>{@code
 * OracleServices s = new OracleServices(listed).servedBy(ServiceGatewayScope.OBJECT_STORAGE);
 * s.serviceNetworkLabel();   // "oci-iad-objectstorage"
 * }</pre>
 */
public final class OracleServices {
  private final List<Service> services;
  private final ServiceGatewayScope served;

  /** Wraps a ListServices answer; the service network means all services until {@link #servedBy} says otherwise. */
  public OracleServices(List<Service> services) {
    this(services, ServiceGatewayScope.ALL_SERVICES);
  }

  private OracleServices(List<Service> services, ServiceGatewayScope served) {
    this.services = List.copyOf(services);
    this.served = served;
  }

  /** The same services, with the service network meaning {@code scope}'s service. */
  public OracleServices servedBy(ServiceGatewayScope scope) {
    return new OracleServices(services, scope);
  }

  /** The scope of the service gateway among {@code specs}, or all services when there is none. */
  public static ServiceGatewayScope scopeOf(Collection<ResourceSpec> specs) {
    return specs.stream().filter(s -> s != null && s.type() == ResourceType.SERVICE_GATEWAY)
        .map(ResourceSpec::source).filter(ResolvedGateway.class::isInstance).map(ResolvedGateway.class::cast)
        .flatMap(g -> g.serviceScope().stream()).findFirst().orElse(ServiceGatewayScope.ALL_SERVICES);
  }

  /** The scope the service network means here. */
  public ServiceGatewayScope served() {
    return served;
  }

  /** The service a scope means: "All … Services In Oracle Services Network" or Object Storage. */
  public Optional<Service> forScope(ServiceGatewayScope scope) {
    return services.stream().filter(s -> matches(s, scope)).findFirst();
  }

  /**
   * The CIDR label routes and rules to the service network name: the served scope's, e.g.
   * "all-iad-services-in-oracle-services-network" or "oci-iad-objectstorage".
   */
  public String serviceNetworkLabel() {
    return servedLabel().orElseThrow(() -> new IllegalStateException(
        "ListServices returned no service for service gateway scope " + served + " (got " + services.size()
            + " services); the region does not offer it, so use another ServiceGatewayScope or drop serviceGateway() from the model."));
  }

  /** The served scope's CIDR label, when the region offers that service. */
  public Optional<String> servedLabel() {
    return forScope(served).map(Service::getCidrBlock);
  }

  /** The scope a service OCID stands for, or the OCID when unknown. */
  public String scopeOf(String serviceId) {
    for (ServiceGatewayScope scope : ServiceGatewayScope.values()) {
      if (forScope(scope).map(s -> s.getId().equals(serviceId)).orElse(false)) {
        return scope.name();
      }
    }
    return serviceId;
  }

  /** Whether {@code label} is one of the services' CIDR labels. */
  public boolean isServiceLabel(String label) {
    return services.stream().anyMatch(s -> label.equals(s.getCidrBlock()));
  }

  private static boolean matches(Service s, ServiceGatewayScope scope) {
    String name = s.getName() == null ? "" : s.getName().toLowerCase(Locale.ROOT);
    return scope == ServiceGatewayScope.ALL_SERVICES ? name.startsWith("all ") : name.contains("object storage");
  }
}
