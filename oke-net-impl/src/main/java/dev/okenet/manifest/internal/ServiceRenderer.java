package dev.okenet.manifest.internal;

import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceType;
import dev.okenet.manifest.ManifestException;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpecBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Service} of the model as a Kubernetes Service: type, selector, named ports and,
 * for LoadBalancer Services, the CCM annotations, traffic policy, health-check port and source
 * ranges.
 *
 * <pre>{@code
 * new ServiceRenderer(net, new OcidLookup(net, ids)).render(Service.clusterIp("shop", "api").addPort(8080));
 * }</pre>
 */
public final class ServiceRenderer {
  private final String network;
  private final LoadBalancerAnnotations annotations;

  /** A renderer for the Services of {@code network}, whose OCIDs come from {@code ids}. */
  public ServiceRenderer(ResolvedNetwork network, OcidLookup ids) {
    this.network = network.name();
    this.annotations = new LoadBalancerAnnotations(network, ids);
  }

  /** The Kubernetes Service for {@code service}. */
  public io.fabric8.kubernetes.api.model.Service render(Service service) {
    Map<String, String> annotationsOf = service.loadBalancer().map(o -> annotations.of(service, o)).orElse(Map.of());
    ServiceSpecBuilder spec = new ServiceSpecBuilder()
        .withType(typeName(service.type()))
        .withSelector(new java.util.LinkedHashMap<>(service.selector().labels()))
        .withPorts(ports(service));
    service.loadBalancer().ifPresent(o -> loadBalancerSpec(service, o, spec));
    return new ServiceBuilder()
        .withMetadata(ObjectMetas.namespaced(network, service.namespace(), service.name(), annotationsOf))
        .withSpec(spec.build())
        .build();
  }

  private static List<io.fabric8.kubernetes.api.model.ServicePort> ports(Service service) {
    if (service.ports().isEmpty()) {
      throw new ManifestException("Service " + service.ref(), "declares no port; Kubernetes requires at least one. Add one, e.g. .addPort(8080).");
    }
    for (ServicePort p : service.ports()) {
      if (service.type() == ServiceType.CLUSTER_IP && p.nodePort().isPresent()) {
        throw new ManifestException("Service " + service.ref(), "is ClusterIP but port " + p.port() + " fixes node port "
            + p.nodePort().get() + "; Kubernetes forbids node ports on ClusterIP Services. Use Service.nodePort(..) or drop withNodePort(..).");
      }
    }
    return service.ports().stream().map(ServiceRenderer::port).toList();
  }

  /** Ports are named "tcp-443": Kubernetes needs names once a Service has two ports, and these are unique. */
  private static io.fabric8.kubernetes.api.model.ServicePort port(ServicePort p) {
    ServicePortBuilder b = new ServicePortBuilder()
        .withName(p.protocol().name().toLowerCase(Locale.ROOT) + "-" + p.port())
        .withProtocol(p.protocol().name())
        .withPort(p.port())
        .withTargetPort(new IntOrString(p.targetPort()));
    p.nodePort().ifPresent(b::withNodePort);
    return b.build();
  }

  private static void loadBalancerSpec(Service service, LoadBalancerOptions o, ServiceSpecBuilder spec) {
    spec.withExternalTrafficPolicy(o.externalTrafficPolicy() == ExternalTrafficPolicy.LOCAL ? "Local" : "Cluster");
    o.healthCheckNodePort().ifPresent(port -> {
      if (o.externalTrafficPolicy() != ExternalTrafficPolicy.LOCAL) {
        throw new ManifestException("Service " + service.ref(), "fixes healthCheckNodePort " + port
            + " with externalTrafficPolicy Cluster; Kubernetes only accepts it with Local. "
            + "Add withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL), or drop withHealthCheckNodePort(..).");
      }
      spec.withHealthCheckNodePort(port);
    });
    if (!o.sourceRanges().isEmpty()) {
      spec.withLoadBalancerSourceRanges(o.sourceRanges().stream().map(Object::toString).toList());
    }
  }

  private static String typeName(ServiceType type) {
    switch (type) {
      case CLUSTER_IP:
        return "ClusterIP";
      case NODE_PORT:
        return "NodePort";
      default:
        return "LoadBalancer";
    }
  }
}
