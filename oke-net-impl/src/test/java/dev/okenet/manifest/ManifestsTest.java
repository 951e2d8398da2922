package dev.okenet.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.key.ResourceKey;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.SubnetRole;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestsTest {
  private final Manifests prod = Manifests.of(ReferenceNetworks.prod().resolve(), TestIds.applied());

  @Test
  void namespacesComeFirstInOrderOfFirstUseWithoutKubernetesOwn() {
    assertThat(prod.namespaces()).extracting(n -> n.getMetadata().getName()).containsExactly("shop", "ops", "ingress-nginx");
  }

  @Test
  void allListsNamespacesServicesIngressesThenPolicies() {
    assertThat(prod.all()).extracting(HasMetadata::getKind).containsExactly(
        "Namespace", "Namespace", "Namespace", "Service", "Service", "Service", "Service", "Ingress",
        "NetworkPolicy", "NetworkPolicy", "NetworkPolicy", "NetworkPolicy", "NetworkPolicy");
  }

  @Test
  void yamlHasOneDocumentPerObject() {
    assertThat(prod.toYaml().split("(?m)^---$", -1)).hasSize(prod.all().size() + 1);
  }

  @Test
  void annotationValuesThatLookLikeBooleansOrNumbersAreQuotedInYaml() {
    assertThat(prod.toYaml()).contains("oci-network-load-balancer.oraclecloud.com/is-preserve-source: \"true\"")
        .contains("service.beta.kubernetes.io/oci-load-balancer-shape-flex-min: \"10\"");
  }

  @Test
  void appliedIdsLookUpByLogicalKey() {
    AppliedIds ids = AppliedIds.of(Map.of(ResourceKey.subnet(SubnetRole.WORKERS), "ocid1.subnet.oc1.iad.aaaa"));

    assertThat(ids.ocid(ResourceKey.subnet(SubnetRole.WORKERS))).contains("ocid1.subnet.oc1.iad.aaaa");
    assertThat(ids.ocid(ResourceKey.subnet(SubnetRole.PODS))).isEmpty();
  }

  @Test
  void appliedIdsRejectABlankOcid() {
    assertThatThrownBy(() -> AppliedIds.of(Map.of(ResourceKey.subnet(SubnetRole.WORKERS), " "))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subnet:workers");
  }
}
