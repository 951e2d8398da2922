package dev.okenet.doctor.internal;

import com.oracle.bmc.core.model.InternetGateway;
import com.oracle.bmc.core.model.RouteRule;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.Subnet;
import dev.okenet.adopt.ServiceManifests;
import dev.okenet.check.Finding;
import dev.okenet.check.Severity;
import dev.okenet.doctor.DoctorFinding;
import dev.okenet.manifest.CcmAnnotations;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a LoadBalancer Service has no address (and whether a public one can answer at all), from
 * two sources that each name a cause: the cloud controller manager's latest
 * {@code SyncLoadBalancerFailed} Event, read by {@link CcmMessage}, and the live network.
 *
 * <ul>
 *   <li>{@code OKE-DOCTOR-010} a public load balancer asked of a subnet that prohibits public IPs;
 *   <li>{@code OKE-DOCTOR-011} a public load balancer's subnet without 0.0.0.0/0 to an internet gateway (with or without an address);
 *   <li>{@code OKE-DOCTOR-012} is-preserve-source with externalTrafficPolicy Cluster;
 *   <li>{@code OKE-DOCTOR-013} another annotation or spec value the CCM refuses;
 *   <li>{@code OKE-DOCTOR-014} a security-list management mode the CCM refuses;
 *   <li>{@code OKE-DOCTOR-015} a shape OCI or the CCM refuses, or over the tenancy's quota;
 *   <li>{@code OKE-DOCTOR-016} a subnet that is not in the cluster's VCN;
 *   <li>{@code OKE-DOCTOR-019} pending for a reason none of these explains (the message is quoted).
 * </ul>
 * Events expire (after an hour by default): a pending Service without one is judged from its spec
 * ({@link ServiceManifests}' reading of what the CCM refuses) and the network alone.
 *
 * <pre>{@code
 * List<DoctorFinding> found = new PendingServiceCheck(kube, cloud).run();
 * }</pre>
 */
final class PendingServiceCheck {
  static final String SYNC_FAILED = "SyncLoadBalancerFailed";

  private final KubeSnapshot kube;
  private final CloudSnapshot cloud;

  PendingServiceCheck(KubeSnapshot kube, CloudSnapshot cloud) {
    this.kube = kube;
    this.cloud = cloud;
  }

  List<DoctorFinding> run() {
    List<DoctorFinding> out = new ArrayList<>();
    for (Service s : kube.services()) {
      if (LoadBalancerService.isLoadBalancer(s)) {
        out.addAll(check(LoadBalancerService.of(s, cloud.cluster())));
      }
    }
    return out;
  }

  /** A finding being put together: id, message, evidence, fix. */
  private static final class Draft {
    final String id;
    final String message;
    final List<String> evidence = new ArrayList<>();
    final String fix;

    Draft(String id, String message, String fix) {
      this.id = id;
      this.message = message;
      this.fix = fix;
    }
  }

  private List<DoctorFinding> check(LoadBalancerService lb) {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    networkCauses(lb, drafts);
    if (lb.isPending()) {
      Optional<Event> event = kube.latest(lb.service(), SYNC_FAILED);
      if (event.isPresent()) {
        eventCause(lb, event.get(), drafts);
      } else {
        specCauses(lb, drafts);
      }
    }
    String subject = "Service " + lb.ref();
    return drafts.values().stream().map(d -> new DoctorFinding(d.id, severity(d.id), subject, d.message, d.evidence, d.fix))
        .toList();
  }

  /** An unexplained pending Service is a warning (the doctor may just not know the cause); every cause it names is an error. */
  private static Severity severity(String id) {
    return id.equals(DoctorIds.PENDING_UNEXPLAINED) ? Severity.WARNING : Severity.ERROR;
  }

  /** What the live network alone says: the subnet missing, private, or without a route to the internet. */
  private void networkCauses(LoadBalancerService lb, Map<String, Draft> drafts) {
    Optional<String> subnetId = lb.subnetId();
    if (subnetId.isEmpty() || cloud.readFailed("SUBNET")) {
      return;
    }
    Optional<Subnet> subnet = cloud.subnet(subnetId.get());
    if (subnet.isEmpty()) {
      if (lb.isPending()) {
        Draft d = new Draft(DoctorIds.UNKNOWN_SUBNET, lb.ref() + " asks for its " + lb.kindText() + " in subnet " + subnetId.get()
            + (lb.subnetAnnotated() ? " (annotation " + lb.subnetAnnotation() + ")" : " (the cluster's load balancer subnet)")
            + ", which is not a subnet of the cluster's VCN, so the cloud controller manager cannot create it and the Service "
            + "stays <pending>.", lb.subnetAnnotated() ? "Annotate a subnet of VCN " + cloud.live().vcn().getDisplayName() + " ("
            + subnetChoices(lb.isInternal()) + "): " + lb.annotate(lb.subnetAnnotation(), "<subnet OCID>") + ", or remove the "
            + "annotation to use the cluster's load balancer subnets: " + lb.removeAnnotation(lb.subnetAnnotation()) + "."
            : "Give the cluster load balancer subnets of its VCN (OKE cluster options serviceLbSubnetIds), or annotate the Service's "
            + "subnet: " + lb.annotate(lb.subnetAnnotation(), "<subnet OCID>") + ".");
        d.evidence.add("the VCN " + cloud.live().vcn().getDisplayName() + " has subnets " + String.join(", ",
            cloud.live().subnets().stream().map(s -> s.getDisplayName() + " " + s.getCidrBlock()).toList()) + "; " + subnetId.get()
            + " is not among them");
        drafts.put(d.id, d);
      }
      return;
    }
    if (lb.isInternal()) {
      return;
    }
    Subnet s = subnet.get();
    String where = "subnet " + s.getDisplayName() + " (" + s.getCidrBlock() + ")";
    if (Boolean.TRUE.equals(s.getProhibitPublicIpOnVnic())) {
      if (lb.isPending()) {
        Draft d = new Draft(DoctorIds.PUBLIC_LB_IN_PRIVATE_SUBNET, lb.ref() + " asks for a public " + lb.kindText() + " in "
            + where + ", which prohibits public IPs: OCI refuses to create it there, so the Service stays <pending>.",
            "Keep it private: " + lb.annotate(lb.internalAnnotation(), "\"true\"") + "; or give it a public subnet: "
            + lb.annotate(lb.subnetAnnotation(), "<public subnet OCID>") + " (" + subnetChoices(false) + "). In the DSL the network's "
            + "public load balancer subnet must be public: .publicLoadBalancers(Subnet.publicSubnet(24)), or the "
            + "Service .internal().");
        d.evidence.add("OCI: " + where + " has prohibitPublicIpOnVnic true" + (lb.subnetAnnotated() ? " (named by annotation "
            + lb.subnetAnnotation() + ")" : " (the first of the cluster's service load balancer subnets)"));
        d.evidence.add("the Service is public: " + lb.internalAnnotation() + " is " + lb.annotation(lb.internalAnnotation())
            .map(v -> "\"" + v + "\"").orElse("not set"));
        drafts.put(d.id, d);
      }
      return;
    }
    if (cloud.readFailed("ROUTE_TABLE", "INTERNET_GATEWAY")) {
      return;
    }
    RouteTable rt = cloud.routeTable(s.getRouteTableId()).orElse(null);
    List<RouteRule> rules = rt == null || rt.getRouteRules() == null ? List.of() : rt.getRouteRules();
    Optional<RouteRule> toInternet = rules.stream().filter(r -> "0.0.0.0/0".equals(r.getDestination() != null ? r.getDestination()
        : r.getCidrBlock()) && r.getNetworkEntityId() != null && r.getNetworkEntityId().startsWith("ocid1.internetgateway.")).findFirst();
    Optional<InternetGateway> igw = toInternet.flatMap(r -> cloud.live().internetGateways().stream()
        .filter(g -> g.getId().equals(r.getNetworkEntityId())).findFirst());
    boolean disabled = igw.map(g -> Boolean.FALSE.equals(g.getIsEnabled())).orElse(false);
    if (toInternet.isEmpty() || disabled) {
      String table = rt == null ? s.getRouteTableId() : rt.getDisplayName();
      Draft d = new Draft(DoctorIds.NO_INTERNET_ROUTE, "The public " + lb.kindText() + " of " + lb.ref() + " is in " + where
          + ", whose route table " + table + (disabled ? " sends 0.0.0.0/0 to internet gateway " + igw.get().getDisplayName()
          + ", which is disabled" : " has no route 0.0.0.0/0 to an internet gateway") + ", so its address answers nobody on the "
          + "internet" + (lb.isPending() ? "." : " (the Service has an address, but clients cannot reach it)."),
          internetFix(table));
      d.evidence.add("OCI: route table " + table + " has " + (rules.isEmpty() ? "no rules" : "rules " + String.join(", ",
          rules.stream().map(r -> (r.getDestination() != null ? r.getDestination() : r.getCidrBlock()) + " → " + entity(r))
              .toList())));
      drafts.put(d.id, d);
    }
  }

  private String internetFix(String table) {
    List<InternetGateway> igws = cloud.live().internetGateways();
    String gateway = igws.isEmpty() ? "a new internet gateway (oci network internet-gateway create --is-enabled true)"
        : "internet gateway " + igws.get(0).getDisplayName();
    return "Add the route rule 0.0.0.0/0 → " + gateway + " to route table " + table + " (oci network route-table update "
        + "--route-rules). In the DSL .gateways(Gateways.internet()...) gives the public load balancer subnet that route; apply it.";
  }

  private String entity(RouteRule r) {
    String id = r.getNetworkEntityId() == null ? "?" : r.getNetworkEntityId();
    String kind = id.startsWith("ocid1.") ? id.substring(6, id.indexOf('.', 6)) : id;
    return kind + " " + cloud.live().internetGateways().stream().filter(g -> g.getId().equals(id)).map(InternetGateway::getDisplayName)
        .findFirst().orElse(id.length() > 24 ? "…" + id.substring(id.length() - 8) : id);
  }

  /** The VCN's subnets that suit a load balancer: public ones routing to the internet, or private ones. */
  private String subnetChoices(boolean internal) {
    List<String> out = new ArrayList<>();
    for (Subnet s : cloud.live().subnets()) {
      boolean isPublic = !Boolean.TRUE.equals(s.getProhibitPublicIpOnVnic());
      if (isPublic != internal) {
        out.add(s.getDisplayName() + " " + s.getCidrBlock() + " " + s.getId());
      }
    }
    return out.isEmpty() ? "the VCN has no " + (internal ? "private" : "public") + " subnet: create one" : (internal ? "private" : "public")
        + " subnets of the VCN: " + String.join(", ", out);
  }

  /** What the CCM's Event says, joined to a network cause that already explains it. */
  private void eventCause(LoadBalancerService lb, Event event, Map<String, Draft> drafts) {
    String quoted = Quote.event(event);
    Optional<CcmMessage> parsed = CcmMessage.parse(event.getMessage());
    if (parsed.isEmpty()) {
      unexplained(lb, drafts, quoted, "The cloud controller manager's message is none the doctor recognises.");
      return;
    }
    CcmMessage m = parsed.get();
    String cited = quoted + " — " + m.source() + " (oracle/oci-cloud-controller-manager v1.35.0)";
    Optional<String> explainedBy = networkExplains(m, drafts);
    if (explainedBy.isPresent()) {
      drafts.get(explainedBy.get()).evidence.add(0, cited);
      return;
    }
    Draft d = fromMessage(lb, m);
    if (d == null) {
      unexplained(lb, drafts, cited, "The cloud controller manager's message comes from " + m.source()
          + ", but names no cause the doctor can check in the network.");
      return;
    }
    d.evidence.add(cited);
    drafts.merge(d.id, d, (a, b) -> {
      a.evidence.addAll(b.evidence);
      return a;
    });
  }

  /** The network cause the message is OCI's wording of, if the network check found it. */
  private static Optional<String> networkExplains(CcmMessage m, Map<String, Draft> drafts) {
    boolean ociRefused = m.form() == CcmMessage.Form.CREATE_REFUSED || m.form() == CcmMessage.Form.OCI_ERROR
        || m.form() == CcmMessage.Form.SUBNETS;
    if (ociRefused && m.value("status").map(s -> s.equals("400")).orElse(false) && drafts.containsKey(DoctorIds.PUBLIC_LB_IN_PRIVATE_SUBNET)) {
      return Optional.of(DoctorIds.PUBLIC_LB_IN_PRIVATE_SUBNET);
    }
    if (ociRefused && drafts.containsKey(DoctorIds.UNKNOWN_SUBNET)) {
      return Optional.of(DoctorIds.UNKNOWN_SUBNET);
    }
    return Optional.empty();
  }

  /** The finding a recognised message makes, or null when the form names nothing the doctor explains. */
  private Draft fromMessage(LoadBalancerService lb, CcmMessage m) {
    String annotation = m.value("annotation").orElse("");
    String value = m.value("value").orElse("");
    String pending = ", so the Service stays <pending>.";
    switch (m.form()) {
      case PRESERVE_SOURCE_WITH_CLUSTER:
        return preserveSourceDraft(lb);
      case UDP_NEEDS_MODE_NONE:
        return new Draft(DoctorIds.SECURITY_LIST_MODE, lb.ref() + " has a UDP port and security-list management mode "
            + lb.annotation(lb.securityListModeAnnotation()).orElse("(default)") + "; the cloud controller manager accepts only "
            + "None with UDP" + pending, lb.annotate(lb.securityListModeAnnotation(), "None") + ", and let the network carry the "
            + "network load balancer's rules (in the DSL, resolve() writes them for the Service).");
      case INVALID_ANNOTATION_VALUE:
        if (annotation.equals(CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE)
            || annotation.equals(LoadBalancerService.LB_SECURITY_LIST_MANAGEMENT_MODE)
            || annotation.equals(CcmAnnotations.SECURITY_RULE_MANAGEMENT_MODE)) {
          boolean ruleMode = annotation.equals(CcmAnnotations.SECURITY_RULE_MANAGEMENT_MODE);
          return new Draft(DoctorIds.SECURITY_LIST_MODE, lb.ref() + " sets " + annotation + ": \"" + value + "\", a mode the cloud "
              + "controller manager does not know" + pending, lb.annotate(annotation, ruleMode ? "NSG" : "None") + " (the CCM takes "
              + (ruleMode ? "SL-All, SL-Frontend, NSG or None" : "All, Frontend or None") + ").");
        }
        return annotationDraft(lb, annotation, value, m, "a value the cloud controller manager cannot take");
      case PRESERVE_SOURCE_UNPARSABLE:
        return annotationDraft(lb, annotation, value, m, "a value the cloud controller manager cannot parse as a boolean");
      case FLEXIBLE_SHAPE_BANDWIDTHS:
        return new Draft(DoctorIds.SHAPE_OR_QUOTA, lb.ref() + " asks for the flexible shape without both bandwidths ("
            + m.value("min").orElse("") + ", " + m.value("max").orElse("") + ")" + pending, "Annotate both: "
            + lb.annotate(CcmAnnotations.LB_SHAPE_FLEX_MIN, "10") + " " + CcmAnnotations.LB_SHAPE_FLEX_MAX + "=100 (in the DSL "
            + ".flexible(10, 100)).");
      case CREATE_REFUSED:
      case WORK_REQUEST_FAILED:
      case OCI_ERROR:
      case SUBNETS:
        if (m.ociCode("LimitExceeded") || m.ociCode("QuotaExceeded") || m.text().contains("service limits were exceeded")) {
          return quotaDraft(lb, m);
        }
        if (m.value("service").map("VirtualNetwork"::equals).orElse(false) && m.value("status").map("404"::equals).orElse(false)) {
          return new Draft(DoctorIds.UNKNOWN_SUBNET, lb.ref() + " names subnet " + lb.subnetId().orElse("?") + ", which OCI does "
              + "not find (404)" + pending, "Annotate a subnet of the cluster's VCN: " + lb.annotate(lb.subnetAnnotation(),
              "<subnet OCID>") + " (" + subnetChoices(lb.isInternal()) + ").");
        }
        return null;
      case UDP_ON_LOAD_BALANCER:
        return annotationDraft(lb, CcmAnnotations.LOAD_BALANCER_TYPE, lb.annotation(CcmAnnotations.LOAD_BALANCER_TYPE).orElse("lb"),
            m, "an OCI load balancer, which carries no UDP; a network load balancer does", lb.annotate(
                CcmAnnotations.LOAD_BALANCER_TYPE, "nlb") + " (in the DSL .networkLoadBalancer()).");
      case SESSION_AFFINITY:
        return annotationDraft(lb, "spec.sessionAffinity", String.valueOf(lb.service().getSpec().getSessionAffinity()), m,
            "a session affinity OCI's load balancers do not offer", "kubectl patch service -n " + lb.namespace() + " " + lb.name()
            + " -p '{\"spec\":{\"sessionAffinity\":\"None\"}}'.");
      default:
        return annotationDraft(lb, annotation.isEmpty() ? "an annotation" : annotation, value, m,
            "a value the cloud controller manager refuses");
    }
  }

  private Draft annotationDraft(LoadBalancerService lb, String annotation, String value, CcmMessage m, String what) {
    boolean bool = annotation.endsWith("internal") || annotation.endsWith("is-preserve-source");
    String edit = annotation.contains("/") ? (bool ? lb.annotate(annotation, "\"true\"") + " (or \"false\")" : "give it a value "
        + m.source() + " accepts") + ", or remove it: " + lb.removeAnnotation(annotation)
        : "kubectl edit service -n " + lb.namespace() + " " + lb.name();
    return annotationDraft(lb, annotation, value, m, what, (bool ? "Use a boolean Go's ParseBool reads: " : "Fix it: ") + edit + ".");
  }

  private Draft annotationDraft(LoadBalancerService lb, String annotation, String value, CcmMessage m, String what, String fix) {
    return new Draft(DoctorIds.ANNOTATION_REFUSED, lb.ref() + " sets " + annotation + (value.isEmpty() ? "" : ": \"" + value + "\"")
        + ", " + what + ", so the Service stays <pending>.", fix);
  }

  private Draft preserveSourceDraft(LoadBalancerService lb) {
    return new Draft(DoctorIds.PRESERVE_SOURCE_WITH_CLUSTER, lb.ref() + " sets " + CcmAnnotations.NLB_PRESERVE_SOURCE + ": \""
        + lb.annotation(CcmAnnotations.NLB_PRESERVE_SOURCE).orElse("") + "\" with externalTrafficPolicy Cluster; the cloud "
        + "controller manager refuses the annotation whatever its value, so the Service stays <pending>.",
        "Remove it: " + lb.removeAnnotation(CcmAnnotations.NLB_PRESERVE_SOURCE) + "; or keep the client's address with "
            + "kubectl patch service -n " + lb.namespace() + " " + lb.name() + " -p '{\"spec\":{\"externalTrafficPolicy\":\"Local\"}}' "
            + "(in the DSL .externalTrafficPolicy(ExternalTrafficPolicy.LOCAL)).");
  }

  private Draft quotaDraft(LoadBalancerService lb, CcmMessage m) {
    String shape = lb.annotation(CcmAnnotations.LB_SHAPE).orElse(lb.isNlb() ? "flexible" : "100Mbps (the CCM's default)");
    return new Draft(DoctorIds.SHAPE_OR_QUOTA, "OCI refused the " + lb.kindText() + " of " + lb.ref() + " (shape " + shape
        + "): the tenancy is over its limit (" + m.value("code").orElse("LimitExceeded") + "), so the Service stays <pending>.",
        lb.isNlb() ? "Request a limit increase for network load balancers, or delete unused ones."
            : "Use the flexible shape, which the fixed-shape limit does not count: " + lb.annotate(CcmAnnotations.LB_SHAPE,
                "flexible") + " " + CcmAnnotations.LB_SHAPE_FLEX_MIN + "=10 " + CcmAnnotations.LB_SHAPE_FLEX_MAX + "=100 (in the "
                + "DSL .flexible(10, 100)); or request a limit increase (lb-100mbps-count).");
  }

  private void unexplained(LoadBalancerService lb, Map<String, Draft> drafts, String evidence, String why) {
    Optional<Draft> cause = drafts.values().stream().filter(d -> !d.id.equals(DoctorIds.NO_INTERNET_ROUTE)).findFirst();
    if (cause.isPresent()) {
      cause.get().evidence.add(evidence);
      return;
    }
    Draft d = new Draft(DoctorIds.PENDING_UNEXPLAINED, lb.ref() + " has no address. " + why, "Read the message; kubectl describe "
        + "service -n " + lb.namespace() + " " + lb.name() + " shows the latest Events.");
    d.evidence.add(evidence);
    drafts.put(d.id, d);
  }

  /** No Event left: what the Service's spec shows the CCM refuses, read as {@link ServiceManifests} reads manifests. */
  private void specCauses(LoadBalancerService lb, Map<String, Draft> drafts) {
    String noEvent = "no SyncLoadBalancerFailed Event is left (Events expire); judged from the Service's spec";
    if (lb.preserveSourceWithCluster()) {
      Draft d = preserveSourceDraft(lb);
      d.evidence.add(noEvent);
      drafts.put(d.id, d);
      return;
    }
    List<Finding> refusals = ServiceManifests.read(Serialization.asYaml(lb.service())).findings().stream()
        .filter(Finding::isError).toList();
    for (Finding f : refusals) {
      Draft d = CcmMessage.parse(f.message()).map(m -> fromMessage(lb, m)).orElse(null);
      if (d == null) {
        d = new Draft(DoctorIds.ANNOTATION_REFUSED, f.message(), f.fix());
      }
      d.evidence.add(noEvent + ": " + f.message());
      drafts.putIfAbsent(d.id, d);
    }
    if (drafts.isEmpty()) {
      unexplained(lb, drafts, noEvent + ", and neither the spec nor the network shows a cause",
          "The cloud controller manager left no Event, and the doctor sees no cause in the spec or the network.");
    }
  }
}
