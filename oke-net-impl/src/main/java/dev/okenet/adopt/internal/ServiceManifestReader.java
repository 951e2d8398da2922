package dev.okenet.adopt.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.okenet.check.Finding;
import dev.okenet.kube.ExternalTrafficPolicy;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.manifest.CcmAnnotations;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads Kubernetes Service manifests that oke-net did not render (the output of
 * {@code kubectl get svc -A -o yaml}, a Helm chart's, one object or a {@code List}) into the
 * model's Services, and reports what the OCI cloud controller manager (oracle/oci-cloud-controller-manager
 * v1.35.0) would refuse while reading their annotations, each with the CCM function it follows:
 * <ul>
 *   <li>{@code is-preserve-source} set on an externalTrafficPolicy Cluster NLB Service, whatever
 *       its value: {@code getPreserveSource} (pkg/cloudprovider/providers/oci/load_balancer_spec.go)
 *       fails "annotation cannot be set when externalTrafficPolicy is set to Cluster". Like the CCM,
 *       only when the load balancer type annotation is exactly "nlb".
 *   <li>an {@code is-preserve-source} value Go's {@code strconv.ParseBool} does not take:
 *       {@code getPreserveSourceAnnotation}.
 *   <li>an invalid {@code oci.oraclecloud.com/security-rule-management-mode} ({@code getRuleManagementMode};
 *       SL-All, SL-Frontend and NSG compared case-insensitively, None exactly) or NLB
 *       {@code security-list-management-mode} ({@code getSecurityListManagementMode}; All, Frontend, None);
 *       an invalid LB security-list management mode falls back to All, as the CCM does.
 *   <li>a UDP port on an NLB whose security-list management mode is not None when the rule
 *       management annotation hides that from the model ({@code validateProtocols} in
 *       load_balancer_util.go); when the model carries SL-All or SL-Frontend, validate() reports it
 *       (OKE-LB-014).
 * </ul>
 * Annotations the model has no shape for (NSG OCIDs, subnets, ...) are not read. Not for users: see
 * {@code dev.okenet.adopt.ServiceManifests}.
 */
public final class ServiceManifestReader {
  /** The LB security-list management annotation (the CCM's ServiceAnnotationLoadBalancerSecurityListManagementMode). */
  static final String LB_SECURITY_LIST_MANAGEMENT_MODE = CcmAnnotations.LB_PREFIX + "security-list-management-mode";
  private static final YAMLMapper YAML = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final List<String> GO_TRUE = List.of("1", "t", "T", "TRUE", "true", "True");
  private static final List<String> GO_FALSE = List.of("0", "f", "F", "FALSE", "false", "False");
  private static final List<String> BACKEND_POLICIES = List.of("FIVE_TUPLE", "THREE_TUPLE", "TWO_TUPLE");

  /**
   * The Services read and the findings.
   *
   * @param services every Service the manifests hold that the model can carry
   * @param findings OKE-IMPORT-012 for what the CCM refuses, OKE-IMPORT-001 for what the model cannot hold
   */
  public record Result(List<Service> services, List<Finding> findings) {}

  private final List<Service> services = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  private ServiceManifestReader() {}

  /**
   * Reads {@code yaml} (YAML or JSON, one or several documents).
   *
   * @throws IllegalArgumentException when the text is not YAML or JSON
   */
  public static Result read(String yaml) {
    ServiceManifestReader r = new ServiceManifestReader();
    for (JsonNode doc : documents(yaml)) {
      r.object(doc);
    }
    return new Result(List.copyOf(r.services), List.copyOf(r.findings));
  }

  private static List<JsonNode> documents(String text) {
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      MappingIterator<JsonNode> it = YAML.readValues(p, JsonNode.class);
      List<JsonNode> out = new ArrayList<>();
      while (it.hasNextValue()) {
        JsonNode n = it.nextValue();
        if (n != null && !n.isNull() && !n.isMissingNode()) {
          out.add(n);
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException("The Service manifests are not YAML or JSON (" + e.getMessage().lines().findFirst().orElse("")
          + "). Pass the output of kubectl get svc -A -o yaml, or the manifests themselves.", e);
    }
  }

  private void object(JsonNode doc) {
    String kind = doc.path("kind").asText("");
    if (kind.equals("List") || kind.endsWith("List")) {
      doc.path("items").forEach(this::object);
      return;
    }
    if (!kind.equals("Service")) {
      return;
    }
    io.fabric8.kubernetes.api.model.Service svc;
    try {
      svc = MAPPER.treeToValue(doc, io.fabric8.kubernetes.api.model.Service.class);
    } catch (IOException | IllegalArgumentException e) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, "Service " + doc.path("metadata").path("name").asText("?"),
          "The Service could not be read (" + e.getMessage().lines().findFirst().orElse("") + "); it is left out.",
          "Check the manifest with kubectl apply --dry-run=client -f."));
      return;
    }
    service(svc);
  }

  private void service(io.fabric8.kubernetes.api.model.Service svc) {
    if (svc.getMetadata() == null || svc.getMetadata().getName() == null) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, "Service", "A Service without metadata.name is left out.",
          "Give every Service a metadata.name."));
      return;
    }
    String namespace = Optional.ofNullable(svc.getMetadata().getNamespace()).orElse("default");
    String name = svc.getMetadata().getName();
    String subject = "Service " + namespace + "/" + name;
    if (svc.getSpec() != null && svc.getSpec().getPorts() != null && svc.getSpec().getPorts().stream().anyMatch(p -> p == null || p.getPort() == null)) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, subject, subject + " has a port without a number; it is left out.",
          "Give every port of " + subject + " a port number."));
      return;
    }
    Map<String, String> a = svc.getMetadata().getAnnotations() == null ? Map.of() : svc.getMetadata().getAnnotations();
    var spec = svc.getSpec();
    String type = spec == null || spec.getType() == null ? "ClusterIP" : spec.getType();
    boolean nlb = "nlb".equals(lower(a.get(CcmAnnotations.LOAD_BALANCER_TYPE)));
    boolean local = spec != null && "Local".equals(spec.getExternalTrafficPolicy());
    if (type.equals("LoadBalancer")) {
      preserveSource(subject, a, local);
    }
    try {
      Service s = type.equals("LoadBalancer") ? Service.loadBalancer(namespace, name)
          : type.equals("NodePort") ? Service.nodePort(namespace, name) : Service.clusterIp(namespace, name);
      Map<String, String> selector = spec == null || spec.getSelector() == null ? Map.of() : spec.getSelector();
      s = s.withSelector(selector.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
      boolean udp = false;
      for (var p : spec == null || spec.getPorts() == null ? List.<io.fabric8.kubernetes.api.model.ServicePort>of() : spec.getPorts()) {
        int port = p.getPort();
        int target = targetPort(p.getTargetPort(), port);
        boolean isUdp = "UDP".equals(p.getProtocol());
        udp |= isUdp;
        ServicePort sp = isUdp ? ServicePort.udp(port, target) : ServicePort.tcp(port, target);
        if (p.getNodePort() != null && !type.equals("ClusterIP")) {
          sp = sp.withNodePort(p.getNodePort());
        }
        s = s.addPort(sp);
      }
      if (type.equals("LoadBalancer")) {
        s = loadBalancer(subject, s, a, spec, nlb, local, udp);
      }
      Service read = s;
      if (services.stream().anyMatch(x -> x.ref().equals(read.ref()))) {
        findings.add(Findings.warning(Findings.UNSUPPORTED, subject, subject + " appears twice; the second is left out.",
            "Pass each Service once."));
        return;
      }
      services.add(s);
    } catch (IllegalArgumentException e) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, subject, "The model cannot hold the Service: " + e.getMessage()
          + " It is left out.", "Fix the manifest, or model the Service by hand with Service.loadBalancer(..)."));
    }
  }

  /** The CCM's getPreserveSource: the annotation refused with Cluster, and its value parsed as Go's ParseBool. */
  private void preserveSource(String subject, Map<String, String> a, boolean local) {
    // getPreserveSource compares the type annotation exactly with "nlb" before anything else.
    if (!"nlb".equals(a.get(CcmAnnotations.LOAD_BALANCER_TYPE)) || !a.containsKey(CcmAnnotations.NLB_PRESERVE_SOURCE)) {
      return;
    }
    String value = a.get(CcmAnnotations.NLB_PRESERVE_SOURCE);
    if (!local) {
      findings.add(Findings.error(Findings.CCM_REFUSES, subject, subject + " sets " + CcmAnnotations.NLB_PRESERVE_SOURCE + ": \"" + value
          + "\" with externalTrafficPolicy Cluster. The cloud controller manager refuses it whatever the value (\""
          + CcmAnnotations.NLB_PRESERVE_SOURCE + " annotation cannot be set when externalTrafficPolicy is set to Cluster\", "
          + "getPreserveSource in load_balancer_spec.go), so the Service stays <pending>.",
          "Remove the " + CcmAnnotations.NLB_PRESERVE_SOURCE + " annotation, or set externalTrafficPolicy: Local (then the NLB "
              + "preserves the client's address unless the annotation says \"false\")."));
    } else if (!GO_TRUE.contains(value) && !GO_FALSE.contains(value)) {
      findings.add(Findings.error(Findings.CCM_REFUSES, subject, subject + " sets " + CcmAnnotations.NLB_PRESERVE_SOURCE + ": \"" + value
          + "\", which the cloud controller manager cannot parse as a boolean (getPreserveSourceAnnotation: \"failed to to parse "
          + CcmAnnotations.NLB_PRESERVE_SOURCE + " annotation value\"), so the Service stays <pending>.",
          "Use \"true\" or \"false\", or remove the annotation (the default preserves the source)."));
    } else if (GO_FALSE.contains(value)) {
      findings.add(Findings.warning(Findings.UNSUPPORTED, subject, subject + " has externalTrafficPolicy Local with "
          + CcmAnnotations.NLB_PRESERVE_SOURCE + ": \"" + value + "\": the NLB does not preserve the client's address, which the "
          + "model cannot say (an NLB with Local preserves it); the model treats it as preserving.",
          "Check the worker rules by hand: node ports see the NLB's addresses, not the clients'."));
    }
  }

  private Service loadBalancer(String subject, Service service, Map<String, String> a, io.fabric8.kubernetes.api.model.ServiceSpec spec,
      boolean nlb, boolean local, boolean udp) {
    Service s = nlb ? service.withNetworkLoadBalancer() : service;
    String internal = a.get(nlb ? CcmAnnotations.NLB_INTERNAL : CcmAnnotations.LB_INTERNAL);
    if (internal != null && GO_TRUE.contains(internal)) {
      s = s.withInternal();
    } else if (internal != null && !GO_FALSE.contains(internal)) {
      findings.add(Findings.error(Findings.CCM_REFUSES, subject, subject + " sets " + (nlb ? CcmAnnotations.NLB_INTERNAL
          : CcmAnnotations.LB_INTERNAL) + ": \"" + internal + "\", which the cloud controller manager cannot parse as a boolean "
          + "(isInternalLB: \"invalid value\"), so the Service stays <pending>.", "Use \"true\" or \"false\"."));
    }
    if (local) {
      s = s.withExternalTrafficPolicy(ExternalTrafficPolicy.LOCAL);
    }
    if (spec != null && spec.getLoadBalancerSourceRanges() != null && !spec.getLoadBalancerSourceRanges().isEmpty()) {
      s = s.addSourceRanges(spec.getLoadBalancerSourceRanges().toArray(String[]::new));
    }
    if (!nlb && a.containsKey(CcmAnnotations.LB_SHAPE)) {
      String shape = a.get(CcmAnnotations.LB_SHAPE);
      Integer min = integer(a.get(CcmAnnotations.LB_SHAPE_FLEX_MIN));
      Integer max = integer(a.get(CcmAnnotations.LB_SHAPE_FLEX_MAX));
      s = "flexible".equalsIgnoreCase(shape) && min != null && max != null ? s.withFlexibleShape(min, max) : s.withShape(shape);
    }
    if (nlb && a.containsKey(CcmAnnotations.NLB_BACKEND_POLICY)
        && BACKEND_POLICIES.contains(a.get(CcmAnnotations.NLB_BACKEND_POLICY))) {
      s = s.withBackendPolicy(a.get(CcmAnnotations.NLB_BACKEND_POLICY));
    }
    if (spec != null && spec.getHealthCheckNodePort() != null && local) {
      s = s.withHealthCheckNodePort(spec.getHealthCheckNodePort());
    }
    Optional<SecurityRuleManagement> mode = ruleManagement(subject, a, nlb);
    if (mode.isPresent()) {
      s = s.withSecurityRuleManagement(mode.get());
    }
    // validateService checks the NLB security-list mode, not the rule-management mode: a UDP port with All or
    // Frontend there fails even when the rule-management annotation says NSG, which the model cannot show.
    String nlbListMode = a.get(CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE);
    boolean hiddenFromModel = mode.map(m -> m != SecurityRuleManagement.SL_ALL && m != SecurityRuleManagement.SL_FRONTEND).orElse(true);
    if (nlb && udp && ("All".equals(nlbListMode) || "Frontend".equals(nlbListMode)) && hiddenFromModel) {
      findings.add(Findings.error(Findings.CCM_REFUSES, subject, subject + " has a UDP port and "
          + CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE + ": \"" + nlbListMode + "\"; the cloud controller manager accepts "
          + "only None for UDP (\"Security list management mode can only be 'None' for UDP protocol\", validateProtocols in "
          + "load_balancer_util.go), so the Service stays <pending>.",
          "Set " + CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE + ": \"None\" (or remove it) and let the network carry the rules."));
    }
    return s;
  }

  /** The CCM's getRuleManagementMode, then getSecurityListManagementMode. */
  private Optional<SecurityRuleManagement> ruleManagement(String subject, Map<String, String> a, boolean nlb) {
    String rule = a.get(CcmAnnotations.SECURITY_RULE_MANAGEMENT_MODE);
    if (rule != null) {
      switch (rule.toLowerCase(Locale.ROOT)) {
        case "sl-all":
          return Optional.of(SecurityRuleManagement.SL_ALL);
        case "sl-frontend":
          return Optional.of(SecurityRuleManagement.SL_FRONTEND);
        case "nsg":
          return Optional.of(SecurityRuleManagement.NSG);
        default:
          if (rule.equals("None")) {
            return Optional.of(SecurityRuleManagement.NONE);
          }
          findings.add(Findings.error(Findings.CCM_REFUSES, subject, subject + " sets " + CcmAnnotations.SECURITY_RULE_MANAGEMENT_MODE
              + ": \"" + rule + "\", which the cloud controller manager refuses (getRuleManagementMode: \"invalid value\"), so the "
              + "Service stays <pending>.", "Use SL-All, SL-Frontend, NSG or None."));
          return Optional.empty();
      }
    }
    String list = a.get(nlb ? CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE : LB_SECURITY_LIST_MANAGEMENT_MODE);
    if (list == null) {
      return Optional.empty();
    }
    switch (list) {
      case "All":
        return Optional.of(SecurityRuleManagement.SL_ALL);
      case "Frontend":
        return Optional.of(SecurityRuleManagement.SL_FRONTEND);
      case "None":
        return Optional.of(SecurityRuleManagement.NONE);
      default:
        if (nlb) {
          findings.add(Findings.error(Findings.CCM_REFUSES, subject, subject + " sets " + CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE
              + ": \"" + list + "\", which the cloud controller manager refuses for an NLB (getSecurityListManagementMode: "
              + "\"invalid value\"), so the Service stays <pending>.", "Use All, Frontend or None."));
          return Optional.empty();
        }
        // For an LB the CCM logs the invalid value and uses All.
        return Optional.of(SecurityRuleManagement.SL_ALL);
    }
  }

  private static int targetPort(IntOrString target, int port) {
    return target != null && target.getIntVal() != null ? target.getIntVal() : port;
  }

  private static Integer integer(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
