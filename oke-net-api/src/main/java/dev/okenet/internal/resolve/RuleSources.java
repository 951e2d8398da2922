package dev.okenet.internal.resolve;

import dev.okenet.resolved.RuleSource;
import dev.okenet.resolved.internal.ResolvedParts;

/**
 * The documents every generated rule cites. Oracle's pages are the source of truth; where their
 * tables are silent a rule cites terraform-oci-oke, Oracle's own Terraform module. Versions read:
 * "Network Resource Configuration for Cluster Creation and Deployment" updated 2025-02-12,
 * "Example Network Resource Configurations" updated 2024-08-23, terraform-oci-oke at commit
 * 25ef9a02 (2026-04-29). REQUIRED-RULES.md (generated) lists them row by row.
 */
public final class RuleSources {
  /** Oracle's page of required network resources and security rules. */
  public static final String NRC_PAGE = "Oracle: Network Resource Configuration for Cluster Creation and Deployment";
  /** Its address. */
  public static final String NRC_URL = "https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengnetworkconfig.htm";
  /** Oracle's page of example configurations. */
  public static final String EXAMPLES_PAGE = "Oracle: Example Network Resource Configurations";
  /** Its address. */
  public static final String EXAMPLES_URL = "https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengnetworkconfigexample.htm";
  /** Oracle's Terraform module for OKE. */
  public static final String TERRAFORM = "terraform-oci-oke";
  /** Its repository. */
  public static final String TERRAFORM_URL = "https://github.com/oracle-terraform-modules/terraform-oci-oke/blob/main/";

  /** Security Rules for the Kubernetes API Endpoint, required ingress. */
  public static final RuleSource NRC_API_IN = nrc("Security Rules for the Kubernetes API Endpoint (ingress)");
  /** Security Rules for the Kubernetes API Endpoint, optional ingress (client access). */
  public static final RuleSource NRC_API_IN_OPTIONAL = nrc("Security Rules for the Kubernetes API Endpoint (optional ingress)");
  /** Security Rules for the Kubernetes API Endpoint, required egress. */
  public static final RuleSource NRC_API_OUT = nrc("Security Rules for the Kubernetes API Endpoint (egress)");
  /** Security Rules for Worker Nodes, required ingress. */
  public static final RuleSource NRC_WORKERS_IN = nrc("Security Rules for Worker Nodes (ingress)");
  /** Security Rules for Worker Nodes, required egress. */
  public static final RuleSource NRC_WORKERS_OUT = nrc("Security Rules for Worker Nodes (egress)");
  /** Security Rules for Worker Nodes, optional egress (internet). */
  public static final RuleSource NRC_WORKERS_OUT_OPTIONAL = nrc("Security Rules for Worker Nodes (optional egress)");
  /** Security Rules for Pod Subnets, required ingress. */
  public static final RuleSource NRC_PODS_IN = nrc("Security Rules for Pod Subnets (ingress)");
  /** Security Rules for Pod Subnets, required egress. */
  public static final RuleSource NRC_PODS_OUT = nrc("Security Rules for Pod Subnets (egress)");
  /** Security Rules for Pod Subnets, optional egress (internet). */
  public static final RuleSource NRC_PODS_OUT_OPTIONAL = nrc("Security Rules for Pod Subnets (optional egress)");
  /** Security Rules for Load Balancers and Network Load Balancers: node ports and kube-proxy health. */
  public static final RuleSource NRC_LB_BACKENDS = nrc("Security Rules for Load Balancers and Network Load Balancers (egress to worker nodes; kube-proxy health port 10256)");
  /** Security Rules for Load Balancers and Network Load Balancers: the listener ingress. */
  public static final RuleSource NRC_LB_LISTENER = nrc("Security Rules for Load Balancers and Network Load Balancers (ingress: Allow inbound traffic to Load Balancer)");
  /** Security Rules for Load Balancers and Network Load Balancers: clients to node ports when the NLB preserves the source. */
  public static final RuleSource NRC_NLB_CLIENTS = nrc("Security Rules for Load Balancers and Network Load Balancers (worker ingress from client CIDRs to node ports, externalTrafficPolicy Local)");

  /** The API endpoint's security list in all four examples. */
  public static final RuleSource EX_API = example("Examples 1-4, seclist-KubernetesAPIendpoint");
  /** The API endpoint's security list in the flannel examples. */
  public static final RuleSource EX_FLANNEL_API = example("Examples 1-2 (flannel), seclist-KubernetesAPIendpoint");
  /** The API endpoint's security list in the VCN-native examples. */
  public static final RuleSource EX_NATIVE_API = example("Examples 3-4 (VCN-native), seclist-KubernetesAPIendpoint");
  /** The workers' security list in all four examples. */
  public static final RuleSource EX_WORKERS = example("Examples 1-4, seclist-workernodes");
  /** The workers' security list in the flannel examples. */
  public static final RuleSource EX_FLANNEL_WORKERS = example("Examples 1-2 (flannel), seclist-workernodes");
  /** The workers' security list in the VCN-native examples. */
  public static final RuleSource EX_NATIVE_WORKERS = example("Examples 3-4 (VCN-native), seclist-workernodes");
  /** The pods' security list in the VCN-native examples. */
  public static final RuleSource EX_PODS = example("Examples 3-4 (VCN-native), seclist-pods");
  /** The load balancers' security list in all four examples. */
  public static final RuleSource EX_LB = example("Examples 1-4, seclist-loadbalancers and seclist-workernodes");

  /** terraform-oci-oke's control plane NSG. */
  public static final RuleSource TF_CONTROL_PLANE = terraform("modules/network/nsg-controlplane.tf");
  /** terraform-oci-oke's workers NSG. */
  public static final RuleSource TF_WORKERS = terraform("modules/network/nsg-workers.tf");
  /** terraform-oci-oke's workers NSG: internet egress, on by default (variables-network.tf allow_worker_internet_access). */
  public static final RuleSource TF_WORKERS_INTERNET = terraform(
      "modules/network/nsg-workers.tf \"Allow ALL egress from workers to internet\" (allow_worker_internet_access, default true)");
  /** terraform-oci-oke's pods NSG. */
  public static final RuleSource TF_PODS = terraform("modules/network/nsg-pods.tf");
  /** terraform-oci-oke's pods NSG: pods to workers. */
  public static final RuleSource TF_PODS_TO_WORKERS = terraform(
      "modules/network/nsg-pods.tf \"Allow ALL egress from pods for cross-node pod communication when using NodePorts or hostNetwork: true\"");
  /** terraform-oci-oke's pods NSG: path discovery to and from anywhere. */
  public static final RuleSource TF_PODS_PATH_DISCOVERY = terraform(
      "modules/network/nsg-pods.tf \"Allow ICMP egress/ingress from/to pods for path discovery\"");
  /** terraform-oci-oke's pods NSG: internet egress, on by default (variables-network.tf allow_pod_internet_access). */
  public static final RuleSource TF_PODS_INTERNET = terraform(
      "modules/network/nsg-pods.tf \"Allow ALL egress from pods to internet\" (allow_pod_internet_access, default true)");
  /** terraform-oci-oke's load balancer NSGs. */
  public static final RuleSource TF_LOAD_BALANCERS = terraform("modules/network/nsg-loadbalancers-pub.tf, nsg-loadbalancers-int.tf");

  private RuleSources() {}

  private static RuleSource nrc(String section) {
    return ResolvedParts.get().ruleSource(NRC_PAGE, section, NRC_URL);
  }

  private static RuleSource example(String section) {
    return ResolvedParts.get().ruleSource(EXAMPLES_PAGE, section, EXAMPLES_URL);
  }

  private static RuleSource terraform(String file) {
    return ResolvedParts.get().ruleSource(TERRAFORM, file, TERRAFORM_URL + file.split(" ")[0].replace(",", ""));
  }
}
