package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.core.model.Service;
import dev.okenet.vcn.ServiceGatewayScope;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The region's Oracle Services Network services, read once per plan with ListServices: the service
 * gateway enables one by OCID, and route and security rules name it by its CIDR label.
 */
public final class OracleServices {
  private final List<Service> services;

  /** Wraps a ListServices answer. */
  public OracleServices(List<Service> services) {
    this.services = List.copyOf(services);
  }

  /** The service a scope means: "All … Services In Oracle Services Network" or Object Storage. */
  public Optional<Service> forScope(ServiceGatewayScope scope) {
    return services.stream().filter(s -> matches(s, scope)).findFirst();
  }

  /** The CIDR label of the all-services service, e.g. "all-iad-services-in-oracle-services-network". */
  public String allServicesLabel() {
    return forScope(ServiceGatewayScope.ALL_SERVICES).map(Service::getCidrBlock).orElseThrow(() -> new IllegalStateException(
        "ListServices returned no \"All … Services In Oracle Services Network\" service (got " + services.size()
            + " services); the region has no service gateway support, so drop serviceGateway() from the model."));
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
