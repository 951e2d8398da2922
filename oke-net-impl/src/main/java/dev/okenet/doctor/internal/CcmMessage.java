package dev.okenet.doctor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message of the OCI cloud controller manager (oracle/oci-cloud-controller-manager v1.35.0), as
 * its service controller writes it into a {@code SyncLoadBalancerFailed} Event:
 * {@code Error syncing load balancer: failed to ensure load balancer: <the provider's error>}
 * ({@code vendor/k8s.io/cloud-provider/controllers/service/controller.go}, {@code syncService} and
 * {@code syncLoadBalancerIfNeeded}), read into the form it has and the values it names. Each
 * {@link Form} names the CCM file and function that writes it; an error from OCI inside it is read
 * as the Go SDK prints it ({@code vendor/github.com/oracle/oci-go-sdk/v65/common/errors.go},
 * {@code servicefailure.Error}: "Error returned by &lt;Service&gt; Service. Http Status Code: …").
 *
 * <pre>{@code
 * CcmMessage m = CcmMessage.parse(event.getMessage()).orElseThrow();
 * m.form();                 // Form.PRESERVE_SOURCE_WITH_CLUSTER
 * m.value("annotation");    // "oci-network-load-balancer.oraclecloud.com/is-preserve-source"
 * }</pre>
 *
 * @param form what the message says
 * @param values the values it names, by name (e.g. "annotation", "value", "code")
 * @param text the message as read, without the service controller's prefix
 */
public record CcmMessage(Form form, java.util.Map<String, String> values, String text) {
  /** The service controller's prefix ({@code syncService}: "Error syncing load balancer: %v"). */
  static final String SYNC_PREFIX = "Error syncing load balancer: ";
  /** {@code syncLoadBalancerIfNeeded}: "failed to ensure load balancer: %w". */
  static final String ENSURE_PREFIX = "failed to ensure load balancer: ";
  /** NewLBSpec wraps validateService's errors ({@code errors.Wrap(err, "invalid service")}). */
  static final String INVALID_SERVICE_PREFIX = "invalid service: ";

  /** The forms the doctor recognises, each with the CCM source that writes it. */
  public enum Form {
    PRESERVE_SOURCE_WITH_CLUSTER("load_balancer_spec.go", "getPreserveSource",
        "(?<annotation>\\S+) annotation cannot be set when externalTrafficPolicy is set to Cluster"),
    PRESERVE_SOURCE_UNPARSABLE("load_balancer_spec.go", "getPreserveSourceAnnotation",
        "failed to to parse (?<annotation>\\S+) annotation value - (?<value>.*)"),
    UDP_NEEDS_MODE_NONE("load_balancer_util.go", "validateProtocols",
        "Security list management mode can only be 'None' for UDP protocol"),
    UDP_ON_LOAD_BALANCER("load_balancer_util.go", "validateProtocols", "OCI load balancers do not support UDP"),
    SESSION_AFFINITY("load_balancer_spec.go", "validateService", "OCI only supports SessionAffinity \"None\" currently"),
    HEALTH_CHECK_INTERVAL("load_balancer_spec.go", "getHealthCheckInterval",
        "invalid value for health check interval, should be between (?<min>\\S+) and (?<max>\\S+)"),
    /** getSecurityListManagementMode, getRuleManagementMode, isInternalLB, getHealthCheck*, isSkipPrivateIP: see {@link #source()}. */
    INVALID_ANNOTATION_VALUE("load_balancer_spec.go", "getSecurityListManagementMode, getRuleManagementMode, isInternalLB, "
        + "getHealthCheckRetries/Interval/Timeout, isSkipPrivateIP", "invalid value: (?<value>.*?) provided for annotation: "
        + "(?<annotation>[^\\s:]+)"),
    FLEXIBLE_SHAPE_BANDWIDTHS("load_balancer_spec.go", "getLBShape",
        "error parsing service annotation: (?<annotation>[^=\\s]+)=flexible requires (?<min>\\S+) and (?<max>\\S+) to be set"),
    UNPARSABLE_ANNOTATION("load_balancer_spec.go", "getListenersOciLoadBalancer",
        "error parsing service annotation: (?<annotation>[^=\\s]+)=(?<value>\\S*)"),
    BACKEND_PROTOCOL("load_balancer_spec.go", "getListenersOciLoadBalancer, getListenersNetworkLoadBalancer",
        "invalid backend protocol \"(?<value>.*?)\" requested for (?:network )?load balancer listener"),
    GRPC_WITHOUT_TLS("load_balancer_spec.go", "getListenersOciLoadBalancer", "SSL configuration cannot be empty for GRPC protocol"),
    NSG_ANNOTATION("load_balancer_spec.go", "getNetworkSecurityGroupIds, getManagedBackendNSG",
        "invalid (?:number of Network Security Groups \\(Max: 5\\)|NetworkSecurityGroups OCID: \\[.*?\\]) provided for "
            + "annotation: (?<annotation>\\S+)"),
    BACKEND_POLICY("load_balancer_spec.go", "getLoadBalancerPolicy", "loadbalancer policy \"(?<value>.*?)\" is not valid"),
    LOAD_BALANCER_IP("load_balancer_spec.go", "getLoadBalancerIP",
        "invalid value \"(?<value>.*?)\" provided for LoadBalancerIP|cannot create a private load balancer with Reserved IP"),
    INGRESS_IP_MODE("load_balancer_spec.go", "getIngressIpMode", "IpMode can only be set as Proxy or VIP"),
    RULE_SETS_ON_NLB("load_balancer_spec.go", "getRuleSets",
        "invalid annotation (?<annotation>\\S+)\\. Rule Sets are not supported by Network Load Balancer"),
    PRIVATE_IP_ON_LB("load_balancer_spec.go", "getAssignedPrivateIP",
        "Private IP assignment via annoations (?<annotation>\\S+) & \\S+ is supported only in OCI Network Loadbalancer"),
    /** Reading the Service's subnets before the load balancer is created. */
    SUBNETS("load_balancer.go", "createLoadBalancer (getSubnets)", "getting subnets for load balancers: (?<cause>.*)"),
    /** OCI refused the CreateLoadBalancer / CreateNetworkLoadBalancer call. */
    CREATE_REFUSED("load_balancer.go", "createLoadBalancer", "creating load balancer: (?<cause>.*)"),
    /** The create's work request failed. */
    WORK_REQUEST_FAILED("load_balancer.go", "createLoadBalancer", "awaiting load balancer: (?<cause>.*)"),
    /** An OCI error with no CCM wording around it (the spec's subnet lookups return OCI's error as is). */
    OCI_ERROR("oci-go-sdk common/errors.go", "servicefailure.Error", "");

    private final String file;
    private final String function;
    private final Pattern pattern;

    Form(String file, String function, String regex) {
      this.file = file;
      this.function = function;
      this.pattern = regex.isEmpty() ? null : Pattern.compile(regex, Pattern.DOTALL);
    }

    /** Where the CCM writes it, e.g. "load_balancer_spec.go getPreserveSource". */
    public String source() {
      return file + " " + function;
    }
  }

  /**
   * OCI's error as the Go SDK prints it: service, status, code and message (the request id and the
   * lines after the message are optional: the simulated CCM leaves them out).
   */
  private static final Pattern OCI = Pattern.compile("Error returned by (?<service>\\w+) Service\\. Http Status Code: "
      + "(?<status>\\d+)\\. Error Code: (?<code>[\\w.]+)\\.(?: Opc request id: \\S+\\.)? Message: (?<message>[^\\n]*)");
  private static final Pattern GROUP = Pattern.compile("\\(\\?<(\\w+)>");

  /** Copies the values. */
  public CcmMessage {
    values = java.util.Map.copyOf(values);
  }

  /** The message's form, or empty when it is none the doctor knows. */
  public static Optional<CcmMessage> parse(String message) {
    if (message == null) {
      return Optional.empty();
    }
    String text = strip(message.trim());
    for (Form form : Form.values()) {
      if (form.pattern == null) {
        continue;
      }
      Matcher m = form.pattern.matcher(text);
      if (m.find()) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String name : groupNames(form.pattern)) {
          if (m.group(name) != null) {
            values.put(name, m.group(name).trim());
          }
        }
        oci(text).ifPresent(values::putAll);
        return Optional.of(new CcmMessage(form, values, text));
      }
    }
    return oci(text).map(values -> new CcmMessage(Form.OCI_ERROR, values, text));
  }

  /** The OCI error inside {@code text}: service, status, code, message. */
  static Optional<java.util.Map<String, String>> oci(String text) {
    Matcher m = OCI.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(java.util.Map.of("service", m.group("service"), "status", m.group("status"), "code", m.group("code"),
        "ociMessage", m.group("message").trim()));
  }

  private static String strip(String text) {
    String t = text;
    for (String prefix : List.of(SYNC_PREFIX, ENSURE_PREFIX, INVALID_SERVICE_PREFIX)) {
      if (t.startsWith(prefix)) {
        t = t.substring(prefix.length());
      }
    }
    return t;
  }

  private static List<String> groupNames(Pattern p) {
    List<String> names = new ArrayList<>();
    Matcher m = GROUP.matcher(p.pattern());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * The CCM file and function that wrote it, e.g. "load_balancer_spec.go getPreserveSource"; for
   * "invalid value: … provided for annotation: …", which several functions write, the one that reads
   * the annotation named.
   */
  public String source() {
    if (form != Form.INVALID_ANNOTATION_VALUE) {
      return form.source();
    }
    String annotation = values.getOrDefault("annotation", "");
    String function = annotation.endsWith("security-list-management-mode") ? "getSecurityListManagementMode"
        : annotation.endsWith("security-rule-management-mode") ? "getRuleManagementMode"
        : annotation.endsWith("/internal") || annotation.endsWith("-internal") ? "isInternalLB"
        : annotation.endsWith("health-check-retries") ? "getHealthCheckRetries"
        : annotation.endsWith("health-check-interval") ? "getHealthCheckInterval"
        : annotation.endsWith("health-check-timeout") ? "getHealthCheckTimeout"
        : null;
    return function == null ? form.source() : form.file + " " + function;
  }

  /** A value the message names, e.g. "annotation", "value", "code" (OCI's error code), "status", "ociMessage". */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Whether OCI answered with this error code (e.g. "LimitExceeded"). */
  public boolean ociCode(String code) {
    return code.equals(values.get("code"));
  }
}
