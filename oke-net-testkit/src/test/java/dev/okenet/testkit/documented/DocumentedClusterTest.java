package dev.okenet.testkit.documented;

import static dev.okenet.testkit.documented.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.AdmissionControllerOptions;
import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.CreateClusterDetails;
import com.oracle.bmc.containerengine.model.CreateClusterEndpointConfigDetails;
import com.oracle.bmc.containerengine.model.OciVcnIpNativeClusterPodNetworkOptionDetails;
import com.oracle.bmc.containerengine.model.UpdateClusterDetails;
import com.oracle.bmc.containerengine.model.UpdateClusterOptionsDetails;
import com.oracle.bmc.containerengine.model.UpdateImagePolicyConfigDetails;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.containerengine.requests.UpdateClusterRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateSubnetRequest;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** OKE clusters as the Container Engine SDK's model javadoc documents their defaults and constraints. */
@ParameterizedClass
@EnumSource(Door.class)
class DocumentedClusterTest {
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final ContainerEngine ce;
    private final Vcn vcn;
    private final Subnet api;

    DocumentedClusterTest(Door door) {
        vn = door.virtualNetwork(OCI);
        ce = door.containerEngine(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        api = Fixtures.privateSubnet(vn, vcn, "api", "10.0.0.0/29");
    }

    private CreateClusterDetails.Builder details() {
        return Fixtures.clusterDetails(vcn);
    }

    private Cluster create(CreateClusterDetails details) {
        String id = Fixtures.clusterId(ce, details);
        return ce.getCluster(GetClusterRequest.builder().clusterId(id).build()).getCluster();
    }

    /** CreateClusterEndpointConfigDetails.isPublicIpEnabled: "Defaults to false." */
    @Test
    void anEndpointWithoutIsPublicIpEnabledIsPrivate() {
        Cluster cluster = create(details().endpointConfig(CreateClusterEndpointConfigDetails.builder()
                .subnetId(api.getId()).build()).build());

        assertThat(cluster.getEndpointConfig().getIsPublicIpEnabled()).isFalse();
        assertThat(cluster.getEndpoints().getPublicEndpoint()).isNull();
    }

    /** CreateClusterEndpointConfigDetails.subnetId: "The OCID of the regional subnet ...". */
    @Test
    void anEndpointInAnAdSpecificSubnetIsRejected() {
        Subnet adSubnet = vn.createSubnet(CreateSubnetRequest.builder().createSubnetDetails(Fixtures.subnetDetails(vcn,
                "ad1", "10.0.1.0/28").prohibitPublicIpOnVnic(true).availabilityDomain("Uocm:US-ASHBURN-AD-1").build())
                .build()).getSubnet();

        invalid(() -> create(details().endpointConfig(CreateClusterEndpointConfigDetails.builder()
                .subnetId(adSubnet.getId()).build()).build()), "regional subnet", "Uocm:US-ASHBURN-AD-1");
    }

    /** CreateClusterDetails.kmsKeyId: "When used, kubernetesVersion must be at least v1.13.0." */
    @Test
    void aKmsKeyWithAVersionBelowV113IsRejected() {
        invalid(() -> create(details().kubernetesVersion("v1.12.7").kmsKeyId("ocid1.key.oc1.iad.aaaa").build()),
                "kmsKeyId", "v1.13.0", "v1.12.7");
    }

    @Test
    void aKmsKeyWithV113OrLaterIsKept() {
        Cluster cluster = create(details().kubernetesVersion("v1.13.0").kmsKeyId("ocid1.key.oc1.iad.aaaa").build());

        assertThat(cluster.getKmsKeyId()).isEqualTo("ocid1.key.oc1.iad.aaaa");
    }

    /**
     * KubernetesNetworkConfig.podsCidr: "Optional, defaults to 10.244.0.0/16"; servicesCidr:
     * "Optional, defaults to 10.96.0.0/16" - for a VCN-native cluster as well.
     */
    @Test
    void aVcnNativeClusterReadsBackTheDefaultPodsAndServicesCidrs() {
        Cluster cluster = create(details().clusterPodNetworkOptions(List.of(
                OciVcnIpNativeClusterPodNetworkOptionDetails.builder().build())).build());

        assertThat(cluster.getOptions().getKubernetesNetworkConfig().getPodsCidr()).isEqualTo("10.244.0.0/16");
        assertThat(cluster.getOptions().getKubernetesNetworkConfig().getServicesCidr()).isEqualTo("10.96.0.0/16");
    }

    /** CreateImagePolicyConfigDetails.isPolicyEnabled: "Defaults to false." */
    @Test
    void aClusterWithoutAnImagePolicyHasItDisabled() {
        assertThat(create(details().build()).getImagePolicyConfig().getIsPolicyEnabled()).isFalse();
    }

    /** UpdateClusterDetails.imagePolicyConfig and options: the requested values are kept. */
    @Test
    void anUpdateKeepsTheImagePolicyAndOptionsItGives() {
        Cluster cluster = create(details().build());

        ce.updateCluster(UpdateClusterRequest.builder().clusterId(cluster.getId()).updateClusterDetails(
                UpdateClusterDetails.builder().imagePolicyConfig(UpdateImagePolicyConfigDetails.builder()
                        .isPolicyEnabled(true).build()).options(UpdateClusterOptionsDetails.builder()
                        .admissionControllerOptions(AdmissionControllerOptions.builder().isPodSecurityPolicyEnabled(true)
                                .build()).build()).build()).build());

        Cluster updated = ce.getCluster(GetClusterRequest.builder().clusterId(cluster.getId()).build()).getCluster();
        assertThat(updated.getImagePolicyConfig().getIsPolicyEnabled()).isTrue();
        assertThat(updated.getOptions().getAdmissionControllerOptions().getIsPodSecurityPolicyEnabled()).isTrue();
        assertThat(updated.getOptions().getKubernetesNetworkConfig().getServicesCidr()).isEqualTo("10.96.0.0/16");
    }
}
