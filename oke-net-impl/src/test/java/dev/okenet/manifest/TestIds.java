package dev.okenet.manifest;

import java.util.Map;

/** OCIDs standing in for an applied {@code prod} network, shared by the manifest tests. */
final class TestIds {
  static final String LB_PUBLIC_SUBNET = "ocid1.subnet.oc1.iad.aaaaaaaalbpublic";
  static final String LB_INTERNAL_SUBNET = "ocid1.subnet.oc1.iad.aaaaaaaalbinternal";
  static final String LB_PUBLIC_NSG = "ocid1.networksecuritygroup.oc1.iad.aaaaaaaalbpublic";
  static final String LB_INTERNAL_NSG = "ocid1.networksecuritygroup.oc1.iad.aaaaaaaalbinternal";
  static final String WORKERS_NSG = "ocid1.networksecuritygroup.oc1.iad.aaaaaaaaworkers";
  static final String CUSTOM_NSG = "ocid1.networksecuritygroup.oc1.iad.aaaaaaaacustom";

  private TestIds() {}

  /** Every id the manifests of prod (and its variants in these tests) can ask for. */
  static AppliedIds applied() {
    return AppliedIds.of(Map.of(
        "subnet:lb-public", LB_PUBLIC_SUBNET,
        "subnet:lb-internal", LB_INTERNAL_SUBNET,
        "nsg:lb-public", LB_PUBLIC_NSG,
        "nsg:lb-internal", LB_INTERNAL_NSG,
        "nsg:workers", WORKERS_NSG,
        "nsg:custom:edge", CUSTOM_NSG));
  }
}
