package dev.okenet.manifest;

import dev.okenet.key.ResourceKey;
import dev.okenet.vcn.SubnetRole;
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
        ResourceKey.subnet(SubnetRole.PUBLIC_LOAD_BALANCERS), LB_PUBLIC_SUBNET,
        ResourceKey.subnet(SubnetRole.INTERNAL_LOAD_BALANCERS), LB_INTERNAL_SUBNET,
        ResourceKey.nsg(SubnetRole.PUBLIC_LOAD_BALANCERS), LB_PUBLIC_NSG,
        ResourceKey.nsg(SubnetRole.INTERNAL_LOAD_BALANCERS), LB_INTERNAL_NSG,
        ResourceKey.nsg(SubnetRole.WORKERS), WORKERS_NSG,
        ResourceKey.customNsg("edge"), CUSTOM_NSG));
  }
}
